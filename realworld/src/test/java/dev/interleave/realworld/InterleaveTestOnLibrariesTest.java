package dev.interleave.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.interleave.realworld.RealWorldProgram.Kind;
import dev.interleave.realworld.samples.CorrectProgramSamples;
import dev.interleave.realworld.samples.SeededBugSamples;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The real-world programs under {@code @InterleaveTest}, run by the real Jupiter engine as a build
 * would: each correct program passes its schedules, each seeded bug fails its test with a message
 * that names it. (The libraries come from the test class path, as in a user's project.)
 */
class InterleaveTestOnLibrariesTest {

    static Stream<RealWorldProgram> correct() {
        return RealWorldProgram.of(Kind.CORRECT);
    }

    static Stream<RealWorldProgram> seeded() {
        return RealWorldProgram.of(Kind.SEEDED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("correct")
    void aCorrectProgramPassesItsInterleaveTest(RealWorldProgram program) {
        program.assumeNotBlocked();
        EngineExecutionResults results = run(CorrectProgramSamples.class, program);
        List<Event> failed = results.testEvents().failed().list();
        assertTrue(failed.isEmpty(), () -> program + ": " + failed.stream().map(InterleaveTestOnLibrariesTest::message).toList());
        assertEquals(1, results.testEvents().succeeded().count(), results.testEvents().list().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeded")
    void aSeededBugFailsItsInterleaveTestNamingIt(RealWorldProgram program) {
        program.assumeNotBlocked();
        List<Event> failed = run(SeededBugSamples.class, program).testEvents().failed().list();
        assertEquals(1, failed.size(), program + ": the seeded bug was not found");
        String message = message(failed.getFirst());
        assertTrue(message.startsWith("Interleave found a failure at schedule "), message);
        program.expected().forEach(part -> assertTrue(message.contains(part), () -> part + " not in: " + message));
    }

    private static EngineExecutionResults run(Class<?> samples, RealWorldProgram program) {
        String simple = program.main().substring(program.main().lastIndexOf('.') + 1);
        String method = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        return EngineTestKit.engine("junit-jupiter").selectors(selectMethod(samples, method)).execute();
    }

    private static String message(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().map(Throwable::getMessage).orElse("");
    }
}
