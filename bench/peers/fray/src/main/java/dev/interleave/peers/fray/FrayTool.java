package dev.interleave.peers.fray;

import dev.interleave.peers.Child;
import dev.interleave.peers.Counter;
import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Tool;
import kotlin.Unit;
import org.pastalab.fray.core.observers.TimelineCoverageType;
import org.pastalab.fray.core.randomness.ControlledRandomProvider;
import org.pastalab.fray.core.scheduler.POSScheduler;
import org.pastalab.fray.junit.plain.FrayInTestLauncher;

/**
 * Fray 0.9.2 through fray-junit's in-test launcher, the engine behind {@code @FrayTest}: the same
 * default scheduler (POS) and randomness, with the iteration count and time limit of the budget
 * (an annotation would fix them at compile time). Runs only in the JVM that Fray's Maven plugin
 * prepares (its instrumented JDK, agent and JVMTI library; see run.sh).
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
        long start = System.currentTimeMillis();
        try {
            FrayInTestLauncher.INSTANCE.launchFray(counter.wrap(entry.body(kind)), new POSScheduler(),
                    new ControlledRandomProvider(), budget.executions(), budget.seconds(), false,
                    TimelineCoverageType.NONE, configuration -> Unit.INSTANCE);
            return new Outcome(false, counter.toFirstFailure(), null, start, System.currentTimeMillis());
        } catch (Throwable failure) {
            return new Outcome(true, counter.toFirstFailure(), failure.toString(), start, System.currentTimeMillis());
        }
    }
}
