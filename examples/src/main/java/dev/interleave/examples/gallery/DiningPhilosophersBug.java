package dev.interleave.examples.gallery;

/**
 * Three dining philosophers, each picking up the fork on the left, then the fork on the right.
 * If all three pick up their left fork before any picks up a right one, each waits for a fork
 * its neighbour holds: a cycle of three, a deadlock. {@link DiningPhilosophersFixed} numbers the
 * forks and has every philosopher pick up the lower-numbered fork first, which breaks the cycle.
 */
public final class DiningPhilosophersBug {

    private static final int SEATS = 3;

    private DiningPhilosophersBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        Object[] forks = new Object[SEATS];
        for (int i = 0; i < SEATS; i++) {
            forks[i] = new Object();
        }
        int[] meals = new int[SEATS];
        Thread[] philosophers = new Thread[SEATS];
        for (int i = 0; i < SEATS; i++) {
            int seat = i;
            Object left = forks[seat];
            Object right = forks[(seat + 1) % SEATS];
            philosophers[i] = new Thread(() -> {
                synchronized (left) {
                    Thread.yield(); // reach for the other fork
                    synchronized (right) {
                        meals[seat]++;
                    }
                }
            }, "philosopher-" + seat);
            philosophers[i].start();
        }
        for (Thread philosopher : philosophers) {
            philosopher.join();
        }
        for (int i = 0; i < SEATS; i++) {
            if (meals[i] != 1) {
                throw new AssertionError("philosopher " + i + " ate " + meals[i] + " meals, expected 1");
            }
        }
        System.out.println("everyone ate");
    }
}
