package dev.interleave.testprograms.oldstyle;

/**
 * One object locked two ways, as the libraries of the Java 1.4 era do (commons-pool's
 * {@code GenericKeyedObjectPool}: {@code synchronized} getters, {@code synchronized (this)} blocks): a
 * task in the synchronized method and a task in the synchronized block must exclude each other. Each
 * yields inside, so a second task inside would be seen. {@code OldClassFilesTest} runs it as a Java
 * 1.4 class file; it avoids what such a class file cannot hold (lambdas, string concatenation by
 * {@code invokedynamic}, nest mates).
 */
public final class SharedMonitor extends Thread {

    private static final SharedMonitor SHARED = new SharedMonitor(false);

    private final boolean viaMethod;
    private int inside;

    private SharedMonitor(boolean viaMethod) {
        this.viaMethod = viaMethod;
    }

    @Override
    public void run() {
        if (viaMethod) {
            SHARED.inMethod();
        } else {
            SHARED.inBlock();
        }
    }

    private synchronized void inMethod() {
        enterAndLeave();
    }

    private void inBlock() {
        synchronized (this) {
            enterAndLeave();
        }
    }

    private void enterAndLeave() {
        inside++;
        Thread.yield();
        if (inside != 1) {
            throw new AssertionError("two tasks inside one monitor");
        }
        inside--;
    }

    public static void main(String[] args) throws InterruptedException {
        SharedMonitor method = new SharedMonitor(true);
        SharedMonitor block = new SharedMonitor(false);
        method.start();
        block.start();
        method.join();
        block.join();
    }
}
