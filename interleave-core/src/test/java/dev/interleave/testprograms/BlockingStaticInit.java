package dev.interleave.testprograms;

/**
 * Blocks inside a class initializer: the initializer starts a thread and joins it. A virtual
 * thread running a class initializer is pinned to its carrier (the scheduler's own thread), so
 * Interleave cannot switch away and must report PinnedBlocking instead of hanging.
 */
public class BlockingStaticInit {

    static class Config {
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
