package dev.interleave.examples.io;

import dev.interleave.Mode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.Verdict;
import dev.interleave.examples.io.IoGallery.Correct;
import dev.interleave.examples.io.IoGallery.Seeded;
import dev.interleave.examples.io.IoGallery.Stuck;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The I/O gallery's verdicts, from real explorations: every correct program passes every schedule
 * tried in every mode (no false deadlock while it waits for sockets, processes or files), and runs
 * twenty times in a row to the same output and (but where two processes run at once) the same steps;
 * every seeded bug is found in every mode, and its failing schedule replays to the same failure.
 */
// A safety net against a hang only: no assertion here depends on wall-clock time.
@Timeout(600)
class IoGalleryTest {

    private static final int SCHEDULES = 1_000;
    private static final List<String> MODES = List.of("cooperative", "sync", "preemptive");

    static Stream<Arguments> correctInEveryMode() {
        return IoGallery.correct().stream().flatMap(c -> MODES.stream()
                .map(mode -> Arguments.of(Named.of(c.program().getSimpleName(), c), mode)));
    }

    static Stream<Arguments> seededInEveryMode() {
        return IoGallery.seeded().stream().flatMap(s -> MODES.stream()
                .map(mode -> Arguments.of(Named.of(s.bug().getSimpleName(), s), mode)));
    }

    static Stream<Named<Correct>> correct() {
        return IoGallery.correct().stream().map(c -> Named.of(c.program().getSimpleName(), c));
    }

    private static Program program(Class<?> main) {
        return Program.of(List.of(Path.of("target/classes")), main.getName());
    }

    private static Exploration explore(Class<?> main, ExploreOptions options) {
        return Interleave.exploreMain(program(main), new String[0], options, ProgressListener.NONE);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("correctInEveryMode")
    void theCorrectProgramPassesEveryScheduleTried(Correct correct, String mode) {
        Exploration e = explore(correct.program(), ExploreOptions.defaults(1).withSchedules(SCHEDULES).withMode(Mode.parse(mode)));
        assertTrue(e.passed(), () -> mode + ": " + e.found().orElseThrow().replay().verdict());
        assertEquals(SCHEDULES, e.schedulesRun());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correct")
    void twentyRunsPrintTheSameAndTakeTheSameSteps(Correct correct) {
        RunOptions options = RunOptions.defaults().withEchoOutput(false);
        RunResult first = Interleave.runMain(program(correct.program()), new String[0], options);
        assertInstanceOf(Verdict.Pass.class, first.verdict(), () -> first.verdict().toString());
        assertEquals(correct.output(), first.output());
        for (int i = 1; i < 20; i++) {
            RunResult again = Interleave.runMain(program(correct.program()), new String[0], options);
            assertEquals(first.output(), again.output(), "run " + i);
            if (correct.sameSteps()) {
                assertEquals(first.trace().steps(), again.trace().steps(), "run " + i);
            }
        }
    }

    static Stream<Named<Stuck>> stuck() {
        return IoGallery.stuck().stream().map(s -> Named.of(s.program().getSimpleName(), s));
    }

    /**
     * In a JVM of its own, whose standard input stays open and empty: every run and every mode's
     * exploration ends at once as stuck waiting outside (bound 1 s), naming the read, the same every time.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stuck")
    void theProgramWhoseOutsideNeverAnswersEndsAsStuckWaitingOutside(Stuck stuck) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-javaagent:") || option.startsWith("-XX:")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-Dinterleave.outsideWait=1", "-cp", System.getProperty("java.class.path"),
                StuckDriver.class.getName(), stuck.program().getName()));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        // Its input stays open (and empty) until it has answered.
        try (var input = child.getOutputStream()) {
            lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(0, child.waitFor(), () -> String.join("\n", lines));
        }
        String expected = "OUTSIDE_WAIT stuck waiting outside for 1 s: " + stuck.waits();
        assertEquals(List.of("run 1: " + expected, "run 2: " + expected, "cooperative: " + expected + " after 1 schedules",
                "sync: " + expected + " after 1 schedules", "preemptive: " + expected + " after 1 schedules"), lines);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seededInEveryMode")
    void theSeededBugIsFoundAndItsScheduleReplays(Seeded seeded, String mode) {
        Exploration e = explore(seeded.bug(), ExploreOptions.defaults(1).withSchedules(1_000).withMode(Mode.parse(mode)));
        assertTrue(e.found().isPresent(), mode + ": no failure in " + e.schedulesRun() + " schedules");
        RunResult replay = e.found().get().replay();
        var failure = assertInstanceOf(Failure.UncaughtException.class, replay.verdict(), mode);
        assertTrue(failure.error().getMessage().contains(seeded.says()), failure.error().getMessage());
    }
}
