package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.ReentrantLock;

/** {@link PhilosophersBug} fixed: each philosopher takes the lower-numbered fork first. */
public final class PhilosophersFixed {

    private static final ReentrantLock[] forks = {new ReentrantLock(), new ReentrantLock(), new ReentrantLock()};

    private PhilosophersFixed() {
    }

    static void dine(int seat) {
        int other = (seat + 1) % forks.length;
        ReentrantLock first = forks[Math.min(seat, other)];
        ReentrantLock second = forks[Math.max(seat, other)];
        first.lock();
        try {
            Thread.yield();
            second.lock();
            second.unlock();
        } finally {
            first.unlock();
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
