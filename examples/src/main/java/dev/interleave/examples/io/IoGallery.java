package dev.interleave.examples.io;

import java.util.List;

/**
 * Programs that talk to the outside world (sockets, selectors, processes, files), run under
 * control: the correct ones must pass every schedule, with the same output every time, and never be
 * taken for deadlocked while they wait for the outside; the seeded bugs must be found.
 */
public final class IoGallery {

    /**
     * A correct program, what it prints under every schedule, and whether every run of one schedule
     * takes the same steps: not when two processes run at once, since which exits first is theirs.
     */
    public record Correct(Class<?> program, List<String> output, boolean sameSteps) {
    }

    /** A program with a seeded bug, its fixed twin, and the bug in words. */
    public record Seeded(Class<?> bug, Class<?> fixed, String description) {
    }

    private static final List<Correct> CORRECT = List.of(
            new Correct(SocketEcho.class, List.of("echo hello", "echo world"), true),
            new Correct(VirtualSocketEcho.class, List.of("echo hello", "echo world"), true),
            new Correct(SelectorEcho.class, List.of(), true),
            new Correct(VisitCounterFixed.class, List.of("visitors [1, 2]"), true),
            new Correct(ProcessWaitFor.class, List.of("echo said hello"), true),
            new Correct(ProcessOnExit.class, List.of("both exited"), false),
            new Correct(FileHandoff.class, List.of("read the whole message"), true));

    private static final List<Seeded> SEEDED = List.of(
            new Seeded(VisitCounterBug.class, VisitCounterFixed.class,
                    "lost update: two visitors' handlers read a socket server's counter before either writes it back"));

    private IoGallery() {
    }

    public static List<Correct> correct() {
        return CORRECT;
    }

    public static List<Seeded> seeded() {
        return SEEDED;
    }
}
