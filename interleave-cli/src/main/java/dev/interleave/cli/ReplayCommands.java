package dev.interleave.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/** The command that replays a schedule, as reports print it. */
final class ReplayCommands {

    private ReplayCommands() {
    }

    static String of(String classpath, String token, String mode, String mainClass, List<String> args) {
        List<String> words = new ArrayList<>(List.of("bin/interleave", "replay", "--cp", quote(classpath),
                "--schedule", token));
        if (!mode.equals("cooperative")) {
            words.addAll(List.of("--mode", mode));
        }
        words.add(mainClass);
        args.forEach(arg -> words.add(quote(arg)));
        return String.join(" ", words);
    }

    private static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+,-" + File.pathSeparator + "]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
