package dev.interleave.examples.failures;

/**
 * Blocks inside a class initializer: it starts a thread and joins it. A virtual thread running a
 * class initializer is pinned to its carrier, the scheduler's own thread, so it cannot give up
 * control; Interleave reports the task as blocked while pinned instead of hanging.
 */
public final class JoinInClassInit {

    private JoinInClassInit() {
    }

    static final class Config {
        static final String VALUE;

        static {
            String[] loaded = new String[1];
            Thread loader = new Thread(() -> loaded[0] = "loaded");
            loader.start();
            try {
                loader.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            VALUE = loaded[0];
        }
    }

    public static void main(String[] args) {
        System.out.println(Config.VALUE);
    }
}
