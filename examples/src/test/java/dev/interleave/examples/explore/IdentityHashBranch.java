package dev.interleave.examples.explore;

/**
 * A program whose course depends on something Interleave does not control: identity hash codes.
 * Each task yields, or not, depending on one; the determinism check must notice.
 */
public final class IdentityHashBranch {

    private IdentityHashBranch() {
    }

    public static void main(String[] args) throws InterruptedException {
        Runnable task = () -> {
            if (System.identityHashCode(new Object()) % 2 == 0) {
                Thread.yield();
            }
            System.out.println("done");
        };
        Thread a = Thread.ofVirtual().start(task);
        Thread b = Thread.ofVirtual().start(task);
        a.join();
        b.join();
    }
}
