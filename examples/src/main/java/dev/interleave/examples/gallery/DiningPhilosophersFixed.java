package dev.interleave.examples.gallery;

/**
 * The fix for {@link DiningPhilosophersBug}: forks are taken in a global order, lower number
 * first, so the last philosopher reaches for fork 0 before fork 2. At most two philosophers can
 * hold one fork while waiting for another, and the one holding the highest fork can always eat,
 * so no cycle of waiting, no deadlock.
 */
public final class DiningPhilosophersFixed {

    private static final int SEATS = 3;

    private DiningPhilosophersFixed() {
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
            int leftFork = seat;
            int rightFork = (seat + 1) % SEATS;
            Object first = forks[Math.min(leftFork, rightFork)];
            Object second = forks[Math.max(leftFork, rightFork)];
            philosophers[i] = new Thread(() -> {
                synchronized (first) {
                    Thread.yield(); // reach for the other fork
                    synchronized (second) {
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
