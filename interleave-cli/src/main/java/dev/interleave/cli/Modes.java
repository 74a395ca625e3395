package dev.interleave.cli;

import dev.interleave.Mode;
import dev.interleave.ProgramException;
import java.util.List;

/** The scheduling modes of the contract. */
final class Modes {

    private static final List<String> KNOWN = Mode.labels();

    private Modes() {
    }

    static void requireSupported(String mode) {
        if (!KNOWN.contains(mode)) {
            throw new ProgramException("unknown mode '" + mode + "': expected one of " + String.join(", ", KNOWN));
        }
    }
}
