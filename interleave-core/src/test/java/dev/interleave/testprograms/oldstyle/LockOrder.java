package dev.interleave.testprograms.oldstyle;

/**
 * Two accounts whose transfers lock the source's synchronized method and then the target's: two
 * transfers in opposite directions deadlock. {@code OldClassFilesTest} runs it as a Java 1.4 class
 * file, whose synchronized methods the JVM would lock itself unless the agent rewrites them, and
 * checks that the deadlock names each monitor's holder and the line each task waits at.
 */
public final class LockOrder extends Thread {

    private static final LockOrder FIRST = new LockOrder(null);
    private static final LockOrder SECOND = new LockOrder(null);

    private final LockOrder target;

    private LockOrder(LockOrder target) {
        this.target = target;
    }

    @Override
    public void run() {
        (target == SECOND ? FIRST : SECOND).transferTo(target);
    }

    private synchronized void transferTo(LockOrder to) {
        Thread.yield();
        to.deposit();
    }

    private synchronized void deposit() {
        Thread.yield();
    }

    public static void main(String[] args) throws InterruptedException {
        LockOrder forth = new LockOrder(SECOND);
        LockOrder back = new LockOrder(FIRST);
        forth.start();
        back.start();
        forth.join();
        back.join();
    }
}
