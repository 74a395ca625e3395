package dev.interleave.peers;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One row of the benchmark: a program, where its pattern comes from, which scheduling points a
 * tool must switch at to show its bug, and how to make a fresh instance of it.
 *
 * @param name        the row's name
 * @param origin      the suite or category it models ("SCTBench account", "JaConTeBe race",
 *                    "gallery", "seed document")
 * @param needs       the weakest Interleave mode whose scheduling points expose the bug:
 *                    cooperative, sync or preemptive; "none" for a fixed twin
 * @param fixed       true for a fixed twin: any failure reported on it is a false alarm
 * @param threads     the thread kind the program is written for, or null when the harness chooses
 * @param mainClass   for a gallery program, the class whose main runs it; else null
 * @param factory     a fresh instance for every execution
 */
public record Entry(String name, String origin, String needs, boolean fixed, ThreadKind threads, String mainClass,
                    Supplier<Subject> factory) {

    public Entry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
    }

    public boolean gallery() {
        return mainClass != null;
    }

    /**
     * A body that runs one execution of the program on threads of {@code kind}. It captures the
     * factory, not this record, and is a named class, not a lambda: Lincheck cannot take field
     * offsets of a record or of a lambda's (hidden) class, and a run whose state it cannot track
     * hangs.
     */
    public Runnable body(ThreadKind kind) {
        return new Body(factory, kind);
    }

    private static final class Body implements Runnable {
        private final Supplier<Subject> make;
        private final ThreadKind kind;

        Body(Supplier<Subject> make, ThreadKind kind) {
            this.make = make;
            this.kind = kind;
        }

        @Override
        public void run() {
            try {
                make.get().run(kind);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
