package dev.interleave.testprograms;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.RunOptions;
import dev.interleave.RunResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a capture case in a JVM of its own (started by a test), for cases whose outcome depends on
 * JVM-wide state such as which JDK classes were already initialized (in the supplyAsync scenario
 * nothing has used CompletableFuture before the first run), or that could hang the JVM. Prints
 * one line a run, then exits.
 */
public final class FreshJvmDriver {

    private FreshJvmDriver() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args[0];
        if (!scenario.equals("supplyAsync")) {
            // Only the supplyAsync scenario is about CompletableFuture's first initialization.
            CompletableFuture.completedFuture(0).join();
        }
        RunOptions quiet = RunOptions.defaults().withEchoOutput(false);
        for (int i = 1; i <= 3; i++) {
            RunResult result = switch (scenario) {
                case "supplyAsync" -> Interleave.run(quiet,
                        () -> System.out.println(CompletableFuture.supplyAsync(() -> 42).join()));
                case "delayedExecutor" -> Interleave.run(quiet, () -> System.out.println(
                        CompletableFuture.supplyAsync(() -> 42,
                                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS)).join()));
                default -> throw new IllegalArgumentException(scenario);
            };
            System.out.println("run " + i + ": "
                    + (result.verdict() instanceof Failure f ? f.summary()
                            : "pass " + result.output() + " in " + Duration.ofNanos(result.virtualNanos())));
        }
        // The JVM-wide CompletableFuture must still work outside any run.
        try {
            System.out.println("outside a run: " + CompletableFuture.supplyAsync(() -> 42).get(10, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            System.out.println("outside a run: timed out");
        }
        System.exit(0);
    }
}
