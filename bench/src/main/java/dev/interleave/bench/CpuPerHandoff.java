package dev.interleave.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-off benchmarks of {@link ControlledHandoff} and {@link RawHandoff}, measured in CPU time
 * of the whole process per hand-off instead of wall time. On a machine shared with other work, wall
 * time mostly measures the wait for a core; CPU time does not, so ratios stay readable when JMH's
 * error bars are wider than its means. Run with {@code BENCH_MAIN=dev.interleave.bench.CpuPerHandoff
 * bench/run.sh [seconds per round]}.
 */
public final class CpuPerHandoff {

    private static final int ROUNDS = 7;

    private CpuPerHandoff() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        ControlledHandoff controlled = new ControlledHandoff();
        RawHandoff raw = new RawHandoff();
        Map<String, Runnable> cases = new LinkedHashMap<>();
        cases.put("controlled yield", controlled::yield);
        cases.put("raw yield (one carrier)", raw::yieldSingleCarrier);
        cases.put("controlled lock", controlled::lock);
        cases.put("raw lock (one carrier)", raw::lockSingleCarrier);
        cases.put("controlled monitor", controlled::monitor);
        cases.put("raw monitor (one carrier)", raw::monitorSingleCarrier);

        Map<String, Double> medians = new LinkedHashMap<>();
        for (var entry : cases.entrySet()) {
            rounds(entry.getValue(), 3, seconds); // warm-up
            double[] perHandoff = rounds(entry.getValue(), ROUNDS, seconds);
            Arrays.sort(perHandoff);
            medians.put(entry.getKey(), perHandoff[ROUNDS / 2]);
            System.out.printf("%-28s median %8.0f ns CPU per hand-off (min %.0f, max %.0f, %d rounds)%n",
                    entry.getKey(), perHandoff[ROUNDS / 2], perHandoff[0], perHandoff[ROUNDS - 1], ROUNDS);
        }
        for (String kind : List.of("yield", "lock", "monitor")) {
            double ratio = medians.get("controlled " + kind) / medians.get("raw " + kind + " (one carrier)");
            System.out.printf("controlled / raw %-8s %.2f%n", kind, ratio);
        }
    }

    /** CPU time of the process per hand-off, for each of {@code rounds} rounds of about {@code seconds}. */
    private static double[] rounds(Runnable execution, int rounds, double seconds) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> results = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long wallStart = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            long executions = 0;
            do {
                execution.run();
                executions++;
            } while (System.nanoTime() - wallStart < seconds * 1e9);
            long cpu = os.getProcessCpuTime() - cpuStart;
            results.add((double) cpu / (executions * Work.HANDOFFS));
        }
        return results.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
