package dev.interleave.cli;

import dev.interleave.ProgramException;
import java.util.List;

/** The scheduling modes of the contract, and which of them this version runs. */
final class Modes {

    private static final List<String> KNOWN = List.of("cooperative", "sync", "preemptive");

    private Modes() {
    }

    static void requireSupported(String mode) {
        if (!KNOWN.contains(mode)) {
            throw new ProgramException("unknown mode '" + mode + "': expected one of " + String.join(", ", KNOWN));
        }
        if (!mode.equals("cooperative")) {
            throw new ProgramException("--mode " + mode + " is not yet supported: only cooperative is");
        }
    }
}
