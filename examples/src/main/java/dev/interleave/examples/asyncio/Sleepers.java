package dev.interleave.examples.asyncio;

import dev.interleave.TaskGroup;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code await asyncio.sleep(s)} on the virtual clock: three tasks sleep three, one and two hours.
 * Under Interleave time stands still while a task can run and jumps to the next deadline when none
 * can, so the tasks wake in order of deadline, each at its exact instant, and the run takes
 * milliseconds.
 */
public final class Sleepers {

    private Sleepers() {
    }

    public static void main(String[] args) {
        Instant start = Instant.now();
        try (var tg = new TaskGroup()) {
            for (int hours : new int[] {3, 1, 2}) {
                tg.fork(() -> {
                    Thread.sleep(Duration.ofHours(hours));
                    System.out.println("slept " + hours + " h, woke at " + Instant.now());
                });
            }
        }
        System.out.println("started at " + start + ", all done after " + Duration.between(start, Instant.now()));
    }
}
