package dev.interleave.testprograms.outside;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fails the first time it runs and passes ever after: it leaves a file behind (its argument). The
 * outside world, not the schedule, decides the failure, so running the failing schedule again passes.
 */
public class FailsOnce {

    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[0]);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "ran");
            throw new AssertionError("first run");
        }
    }
}
