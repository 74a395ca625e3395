package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Three dining philosophers, each taking the fork on the left, then the one on the right: if all
 * three hold their left fork, none can take a right one. {@link PhilosophersFixed} has every
 * philosopher take the lower-numbered fork first, which breaks the cycle.
 */
public final class PhilosophersBug {

    private static final ReentrantLock[] forks = {new ReentrantLock(), new ReentrantLock(), new ReentrantLock()};

    private PhilosophersBug() {
    }

    static void dine(int seat) {
        ReentrantLock left = forks[seat];
        ReentrantLock right = forks[(seat + 1) % forks.length];
        left.lock();
        try {
            Thread.yield();
            right.lock();
            right.unlock();
        } finally {
            left.unlock();
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            for (int seat = 0; seat < forks.length; seat++) {
                int s = seat;
                group.fork(() -> dine(s));
            }
        }
    }
}
