package dev.interleave.examples.failures;

/**
 * A task blocks on a monitor inside a class initializer, where a virtual thread cannot unmount:
 * it pins the scheduler's own thread, and nothing else can run. Interleave reports the
 * task and the line instead of hanging.
 */
public final class PinnedClassInit {

    private static final Object LOCK = new Object();

    private PinnedClassInit() {
    }

    /** Initialized on first use, by whichever task touches it. */
    static final class Late {
        static {
            synchronized (LOCK) {
                System.out.println("initialized");
            }
        }

        static void touch() {
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread holder = Thread.ofVirtual().start(() -> {
            synchronized (LOCK) {
                Thread.yield();
                System.out.println("holder done");
            }
        });
        Thread other = Thread.ofVirtual().start(Late::touch);
        holder.join();
        other.join();
    }
}
