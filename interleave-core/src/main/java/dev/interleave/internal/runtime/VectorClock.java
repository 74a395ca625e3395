package dev.interleave.internal.runtime;

import java.util.Arrays;

/** A vector clock over task ids: how far each task's history is known to have happened before. */
final class VectorClock {

    private int[] times = new int[4];

    int get(int task) {
        return task < times.length ? times[task] : 0;
    }

    void set(int task, int time) {
        if (task >= times.length) {
            times = Arrays.copyOf(times, Math.max(task + 1, times.length * 2));
        }
        times[task] = time;
    }

    void tick(int task) {
        set(task, get(task) + 1);
    }

    VectorClock copy() {
        VectorClock copy = new VectorClock();
        copy.times = times.clone();
        return copy;
    }

    void join(VectorClock other) {
        if (other.times.length > times.length) {
            times = Arrays.copyOf(times, other.times.length);
        }
        for (int i = 0; i < other.times.length; i++) {
            if (other.times[i] > times[i]) {
                times[i] = other.times[i];
            }
        }
    }
}
