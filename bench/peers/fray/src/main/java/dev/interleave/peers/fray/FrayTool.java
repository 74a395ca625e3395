package dev.interleave.peers.fray;

import dev.interleave.peers.Child;
import dev.interleave.peers.Counter;
import dev.interleave.peers.Entry;
import dev.interleave.peers.SearchClock;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Tool;
import kotlin.Unit;
import org.pastalab.fray.core.observers.TimelineCoverageType;
import org.pastalab.fray.core.randomness.ControlledRandomProvider;
import org.pastalab.fray.core.scheduler.PCTScheduler;
import org.pastalab.fray.core.scheduler.POSScheduler;
import org.pastalab.fray.core.scheduler.RandomScheduler;
import org.pastalab.fray.core.scheduler.Scheduler;
import org.pastalab.fray.junit.plain.FrayInTestLauncher;

/**
 * Fray 0.9.2 through fray-junit's in-test launcher, the engine behind {@code @FrayTest}: its
 * randomness, the iteration count and time limit of the budget (an annotation would fix them at
 * compile time), and the scheduler the column names in the budget's mode: {@code pos} (the
 * default of {@code @FrayTest}), {@code pct} or {@code random}, each made by its no-argument
 * constructor as {@code @FrayTest(scheduler = ...)} makes it. Runs only in the JVM that Fray's Maven
 * plugin prepares (its instrumented JDK, agent and JVMTI library; see run.sh).
 */
public final class FrayTool implements Tool {

    public static void main(String[] args) {
        Child.main(new FrayTool(), args);
    }

    @Override
    public String name() {
        return "Fray 0.9.2";
    }

    @Override
    public Outcome explore(Entry entry, ThreadKind kind, Budget budget, Counter counter) {
        Scheduler scheduler = scheduler(budget.mode()); // a bad name is the harness's error, not a find
        long start = System.currentTimeMillis();
        try {
            FrayInTestLauncher.INSTANCE.launchFray(counter.wrap(entry.body(kind)), scheduler,
                    new ControlledRandomProvider(), budget.executions(), budget.seconds(), false,
                    TimelineCoverageType.NONE, configuration -> Unit.INSTANCE);
            return new Outcome(false, counter.toFirstFailure(), null, start, System.currentTimeMillis());
        } catch (Throwable failure) {
            // Fray stops at the first failing iteration: the failure surfaces here, with no later phase.
            double search = counter.searchMillisTo(SearchClock.nanos());
            System.out.printf("fray: failure at execution %d, %.1f ms of search%n", counter.toFirstFailure(), search);
            return new Outcome(true, counter.toFirstFailure(), failure.toString(), start, System.currentTimeMillis(), search);
        }
    }

    /**
     * The column's scheduler. PCT's no-argument constructor is Fray's {@code --scheduler pct}
     * default: 3 priority change points ({@code --num-switch-points 3}, the Fray paper's "pct3"),
     * placed over the most steps its earlier iterations took (none in the first).
     */
    static Scheduler scheduler(String name) {
        return switch (name) {
            case "pos", "-" -> new POSScheduler();
            case "pct" -> new PCTScheduler();
            case "random" -> new RandomScheduler();
            default -> throw new IllegalArgumentException("no Fray scheduler named " + name);
        };
    }
}
