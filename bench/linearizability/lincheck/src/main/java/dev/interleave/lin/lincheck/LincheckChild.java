package dev.interleave.lin.lincheck;

import dev.interleave.lin.structures.ResultLine;
import dev.interleave.lin.structures.Structure;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.kotlinx.lincheck.strategy.LincheckFailure;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * One fresh JVM, one structure: Lincheck 3.7's declarative check with its defaults
 * ({@code new ModelCheckingOptions().check(Test.class)} or {@code new StressOptions()...}), as its
 * guide writes it. Lincheck has no wall-clock budget: the harness ends the JVM at the cell's budget.
 * Prints one {@link ResultLine} (Lincheck does not say how many scenarios or invocations it ran:
 * -1); a throwable that is not Lincheck's failure (its internal errors) is a tool error, never a find.
 */
public final class LincheckChild {

    private LincheckChild() {
    }

    /** Arguments: structure id, {@code model} or {@code stress}. */
    public static void main(String[] args) throws Exception {
        Structure structure = Structure.byId(args[0]);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Class<?> test = Class.forName(LincheckChild.class.getPackageName() + "." + structure.id() + "Test");
        Options<?, ?> options = switch (args[1]) {
            case "model" -> new ModelCheckingOptions();
            case "stress" -> new StressOptions();
            default -> throw new IllegalArgumentException("mode model or stress, not " + args[1]);
        };
        ResultLine line;
        try {
            options.check(test);
            line = new ResultLine(false, System.currentTimeMillis() - jvmStart, -1, -1, -1, -1, -1, "", "");
        } catch (LincheckAssertionError e) {
            long done = System.currentTimeMillis() - jvmStart;
            LincheckFailure failure = e.getFailure$lincheck();
            ExecutionScenario scenario = failure.getScenario();
            int operations = scenario.getInitExecution().size() + scenario.getPostExecution().size()
                    + scenario.getParallelExecution().stream().mapToInt(List::size).sum();
            System.out.println(e.getMessage());
            line = new ResultLine(true, done, -1, -1, -1, operations, scenario.getParallelExecution().size(),
                    failure.getClass().getSimpleName(), compact(scenario));
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.out.println("LIN-ERROR\t" + t);
            System.out.flush();
            System.exit(3);
            return;
        }
        System.out.println(line.format());
        System.out.flush();
        System.exit(0);
    }

    /** The scenario on one line, as Interleave's children print theirs: each part, then each thread. */
    private static String compact(ExecutionScenario scenario) {
        StringBuilder s = new StringBuilder();
        part(s, "initial (main)", scenario.getInitExecution());
        for (int t = 0; t < scenario.getParallelExecution().size(); t++) {
            part(s, "thread " + t, scenario.getParallelExecution().get(t));
        }
        part(s, "final (main)", scenario.getPostExecution());
        return s.toString();
    }

    private static void part(StringBuilder s, String name, List<?> actors) {
        if (actors.isEmpty()) {
            return;
        }
        s.append(s.length() == 0 ? "" : " | ").append(name).append(": ");
        for (int i = 0; i < actors.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(actors.get(i));
        }
    }
}
