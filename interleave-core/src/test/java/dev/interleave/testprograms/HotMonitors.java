package dev.interleave.testprograms;

/**
 * Runs a synchronized method and a synchronized block with wait and notify hot enough for the JIT
 * compilers, outside any controlled run: their instrumented monitors must stay compilable.
 */
public final class HotMonitors {

    private final Object lock = new Object();
    private int count;

    private HotMonitors() {
    }

    synchronized void increment() {
        count++;
    }

    void handOff() {
        synchronized (lock) {
            while (count < 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            count++;
            lock.notifyAll();
        }
    }

    public static void main(String[] args) {
        HotMonitors hot = new HotMonitors();
        for (int i = 0; i < 200_000; i++) {
            hot.increment();
            hot.handOff();
        }
        System.out.println("count " + hot.count);
    }
}
