package dev.interleave.bench;

/**
 * Prints how many steps (scheduling decisions) each controlled benchmark's execution takes,
 * against the number of ops JMH divides by; the benchmarks themselves check the same bounds.
 * Run with the JVM flags run.sh uses, e.g.
 * {@code java -javaagent:... -cp 'target/classes:target/lib/*' dev.interleave.bench.StepCounts}.
 */
public final class StepCounts {

    private StepCounts() {
    }

    public static void main(String[] args) {
        ControlledHandoff handoff = new ControlledHandoff();
        System.out.printf("%-28s %8s %8s%n", "benchmark", "ops", "steps");
        print("ControlledHandoff.yield", Work.HANDOFFS, handoff::yield);
        print("ControlledHandoff.lock", Work.HANDOFFS, handoff::lock);
        print("ControlledHandoff.monitor", Work.HANDOFFS, handoff::monitor);
        ControlledScaling scaling = new ControlledScaling();
        for (int tasks : new int[] {2, 10, 100, 1000}) {
            scaling.tasks = tasks;
            print("ControlledScaling.yield/" + tasks, Work.DECISIONS, scaling::yield);
        }
        System.exit(0);
    }

    private static void print(String name, int ops, java.util.function.IntSupplier run) {
        try {
            System.out.printf("%-28s %8d %8d%n", name, ops, run.getAsInt());
        } catch (RuntimeException e) {
            System.out.printf("%-28s %8d failed: %s%n", name, ops, e.getMessage());
        }
    }
}
