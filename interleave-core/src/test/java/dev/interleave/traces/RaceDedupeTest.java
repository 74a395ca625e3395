package dev.interleave.traces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An exploration lists each race once, whatever the schedule that showed it, and two races twice:
 * races are told apart by the field (by its declaring class), the array's type, and the two
 * accesses' kinds and instructions, never by the text that shows them.
 */
class RaceDedupeTest {

    static class Base {
        int count;
    }

    static final class Sub extends Base {
    }

    /** Every schedule of {@code body} (DFS, preemptive: both orders of each pair of racing accesses). */
    private static List<DataRace> races(String name, dev.interleave.Interleave.Body body) {
        ExploreOptions options = ExploreOptions.defaults(1).withStrategy(Strategies.DFS).withMode(Mode.PREEMPTIVE)
                .withSchedules(200);
        Exploration exploration = new Explorer(options, ProgressListener.NONE).explore(new Target(name, body));
        assertEquals(true, exploration.found().isEmpty(), exploration.found().toString());
        assertEquals(true, exploration.exhausted(), "the search ends: every order was tried");
        return exploration.races();
    }

    @Test
    void anInheritedFieldNamedThroughTwoClassesIsOneRace() {
        // The write names the field through Base, the read through Sub: whichever access came second
        // named the race, so the two orders were two races. Neither task made the object: both
        // accesses are points, and the search runs them in both orders.
        List<DataRace> races = races("inherited field", () -> {
            Sub sub = new Sub();
            Base base = sub;
            Thread writer = new Thread(() -> base.count = 1);
            Thread reader = new Thread(() -> {
                int seen = sub.count;
            });
            writer.start();
            reader.start();
            writer.join();
            reader.join();
        });
        assertEquals(1, races.size(), races.toString());
        assertEquals("RaceDedupeTest$Base.count", races.getFirst().location());
    }

    @Test
    void theElementsOfAnArrayRacedOnAtTheSameLinesAreOneRace() {
        List<DataRace> races = races("array elements", () -> {
            int[] cells = new int[3];
            Thread writer = new Thread(() -> {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = i + 1;
                }
            });
            writer.start();
            int sum = 0;
            for (int i = 0; i < cells.length; i++) {
                sum += cells[i];
            }
            writer.join();
        });
        assertEquals(1, races.size(), races.toString());
    }

    @Test
    void classesOfOneSimpleNameInTwoPackagesRaceApart() {
        List<DataRace> races = races("twins", () -> {
            dev.interleave.traces.twins.a.Twin.race();
            dev.interleave.traces.twins.b.Twin.race();
        });
        assertEquals(2, races.size(), races.toString());
    }
}
