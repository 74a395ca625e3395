package dev.interleave.examples.io;

import java.util.List;

/**
 * Programs that talk to the outside world (sockets, selectors, processes, files), run under
 * control: the correct ones must pass every schedule, with the same output every time, and never be
 * taken for deadlocked while they wait for the outside; the seeded bugs must be found; a program
 * whose outside never answers must end as stuck waiting outside.
 */
public final class IoGallery {

    /**
     * A correct program, what it prints under every schedule, and whether every run of one schedule
     * takes the same steps: not when two processes run at once, since which exits first is theirs.
     */
    public record Correct(Class<?> program, List<String> output, boolean sameSteps) {
    }

    /** A program with a seeded bug, its fixed twin, and the bug in words. */
    /** A seeded bug, its fixed twin, what the bug is, and what the bug's failure says. */
    public record Seeded(Class<?> bug, Class<?> fixed, String description, String says) {
    }

    /**
     * A program that waits on an outside world that never answers (when run as {@link #stuck()} says):
     * the run ends as stuck waiting outside, the task that waits named with what it waits for and where.
     */
    public record Stuck(Class<?> program, String waits) {
    }

    private static final List<Correct> CORRECT = List.of(
            new Correct(SocketEcho.class, List.of("echo hello", "echo world"), true),
            new Correct(VirtualSocketEcho.class, List.of("echo hello", "echo world"), true),
            new Correct(SelectorEcho.class, List.of(), true),
            new Correct(VisitCounterFixed.class, List.of("visitors [1, 2]"), true),
            new Correct(HitCounterFixed.class, List.of("hits [1, 2]"), true),
            new Correct(ProcessWaitFor.class, List.of("echo said hello"), true),
            new Correct(ProcessOnExit.class, List.of("both exited"), false),
            new Correct(FileHandoff.class, List.of("read the whole message"), true));

    private static final List<Seeded> SEEDED = List.of(
            new Seeded(VisitCounterBug.class, VisitCounterFixed.class,
                    "lost update: two visitors' handlers read a socket server's counter before either writes it back",
                    "visitors were told [1]"),
            new Seeded(HitCounterBug.class, HitCounterFixed.class,
                    "lost update: two HttpClient requests' HttpServer handlers read a hit counter before either writes it back",
                    "callers were told [1]"));

    /** Run with a standard input that stays open and empty. */
    private static final List<Stuck> STUCK = List.of(
            new Stuck(StdinPrompt.class, "task main waits for System.in in StdinPrompt.main(StdinPrompt.java:18)"));

    private IoGallery() {
    }

    public static List<Correct> correct() {
        return CORRECT;
    }

    public static List<Seeded> seeded() {
        return SEEDED;
    }

    public static List<Stuck> stuck() {
        return STUCK;
    }
}
