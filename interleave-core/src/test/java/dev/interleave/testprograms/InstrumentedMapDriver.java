package dev.interleave.testprograms;

import dev.interleave.Event;
import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Mode;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.Explorer;
import dev.interleave.explore.ProgressListener;
import dev.interleave.explore.Target;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explores, in a JVM of its own (started by a test), a correct program whose tasks share a
 * {@code ConcurrentHashMap} instrumented as program code, and whose tasks link lambdas for the first
 * time and load a JDK class: the JDK's own use of the map class while linking (its method-type
 * table), the agent's while transforming a class that loads (its tables) and the driver's first
 * sort (whose lambdas are linked then too) happen inside the first execution only in a fresh JVM. Prints one line a mode, and one saying whether the program's own use of the map was watched.
 */
public final class InstrumentedMapDriver {

    private static final List<String> MAP = List.of("java.util.concurrent.ConcurrentHashMap");

    private InstrumentedMapDriver() {
    }

    public static void main(String[] args) {
        // First, before anything else in this JVM has linked the body's lambdas or loaded its classes.
        RunOptions watched = RunOptions.defaults().withEchoOutput(false).withRecordLocations(true)
                .withMode(Mode.SYNC).withInstrument(MAP);
        RunResult firstRun = Interleave.run(watched, InstrumentedMapDriver::body);
        List<String> first = points(firstRun);
        List<String> second = points(Interleave.run(watched, InstrumentedMapDriver::body));
        System.out.println("the same steps twice: " + first.equals(second)
                + (first.equals(second) ? "" : " (first " + first.size() + " steps, then " + second.size() + ")"));
        System.out.println("map watched: " + firstRun.trace().steps().stream().map(step -> step.point())
                .anyMatch(point -> (point.kind() == Event.Kind.VOLATILE_READ || point.kind() == Event.Kind.VOLATILE_WRITE)
                        && point.field().startsWith("ConcurrentHashMap")));
        long schedules = Long.parseLong(args[0]);
        for (Mode mode : List.of(Mode.SYNC, Mode.COOPERATIVE, Mode.PREEMPTIVE)) {
            Exploration exploration = new Explorer(ExploreOptions.defaults(1).withSchedules(schedules).withMode(mode)
                    .withInstrument(MAP), ProgressListener.NONE).explore(new Target("shared map", InstrumentedMapDriver::body));
            System.out.println(mode + ": " + (exploration.found().isPresent()
                    ? exploration.found().get().replay().verdict() instanceof Failure failure ? failure.summary() : "found"
                    : exploration.schedulesRun() + " schedules passed"));
        }
        System.exit(0);
    }

    private static List<String> points(RunResult run) {
        if (run.verdict() instanceof Failure failure) {
            return List.of(failure.summary());
        }
        return run.trace().steps().stream().map(step -> step.point().toString()).toList();
    }

    private static void body() throws InterruptedException {
        ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
        Thread first = new Thread(() -> {
            map.put(1, 1);
            map.merge(2, 1, Integer::sum);
        });
        Thread second = new Thread(() -> {
            map.put(2, 2);
            // A JDK class that nothing loaded before: the agent's transformers run on this task.
            map.put(4, (int) new java.util.zip.Adler32().getValue());
            map.computeIfAbsent(3, key -> key);
            map.remove(1);
        });
        first.start();
        second.start();
        map.putIfAbsent(1, 5);
        first.join();
        second.join();
        if (map.get(3) != 3) {
            throw new AssertionError("computeIfAbsent lost its value: " + map);
        }
    }
}
