package dev.interleave.testprograms;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Programs that run into each of a run's budgets: steps, wall-clock time, a step that never ends. */
public final class Budgets {

    private static volatile boolean stop;

    private Budgets() {
    }

    /** Two tasks that give way to each other forever: only the step limit or the time limit ends them. */
    public static void livelock() throws InterruptedException {
        Thread other = Thread.ofVirtual().name("other").start(() -> {
            while (!stop) {
                Thread.yield();
            }
        });
        while (!stop) {
            Thread.yield();
        }
        other.join();
    }

    /** A loop bounded by the clock, as benchmarks and retry loops write it; returns its iterations. */
    public static long loopFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        long iterations = 0;
        while (System.currentTimeMillis() < end) {
            iterations++;
        }
        return iterations;
    }

    /** Blocks in a native read of a named pipe that no one writes: a step that never ends by itself. */
    public static void readFifo(Path fifo) {
        try (FileInputStream in = new FileInputStream(fifo.toFile())) {
            in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
