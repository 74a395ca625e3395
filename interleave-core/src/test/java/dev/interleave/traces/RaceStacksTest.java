package dev.interleave.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.RaceStacks;
import dev.interleave.explore.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A passing exploration's data races, each with both accesses' stacks and the schedule that showed it. */
class RaceStacksTest {

    static final class Box {
        int value;
    }

    private static void write(Box box) {
        box.value = 1;
    }

    private static int read(Box box) {
        return box.value;
    }

    @Test
    void eachRaceOfAPassingExplorationGetsBothStacksFromAReplayOfItsSchedule() {
        Target target = new Target("racy box", () -> {
            Box box = new Box();
            Thread writer = new Thread(() -> write(box));
            writer.start();
            read(box);
            writer.join();
        });
        ExploreOptions options = ExploreOptions.defaults(1).withSchedules(20);
        Exploration exploration = new Explorer(options, ProgressListener.NONE).explore(target);
        assertTrue(exploration.found().isEmpty(), exploration.found().toString());
        assertFalse(exploration.races().isEmpty(), "no race seen");
        // While exploring, no stack is kept: every execution would pay for it.
        assertTrue(exploration.races().stream().allMatch(r -> r.first().stack().isEmpty() && r.schedule() != null),
                exploration.races().toString());

        List<DataRace> races = RaceStacks.of(target, options, exploration.races());
        assertEquals(exploration.races().size(), races.size());
        for (DataRace race : races) {
            assertEquals("RaceStacksTest$Box.value", race.location());
            for (List<StackTraceElement> stack : List.of(race.first().stack(), race.second().stack())) {
                assertFalse(stack.isEmpty(), race.toString());
                assertEquals(RaceStacksTest.class.getName(), stack.getFirst().getClassName(), stack.toString());
            }
            // The stacks are the accesses' own: the write's innermost frame is write(), the read's read().
            List<String> innermost = List.of(race.first().stack().getFirst().getMethodName(),
                    race.second().stack().getFirst().getMethodName());
            assertEquals(List.of(race.first().kind().text(), race.second().kind().text()), innermost, race.toString());
        }
    }
}
