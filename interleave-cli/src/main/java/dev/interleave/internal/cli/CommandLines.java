package dev.interleave.internal.cli;

import dev.interleave.internal.report.ReportWriter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command lines Interleave prints for a user to paste ("replay: ...", "Run it again: ..."):
 * each runs as printed from the directory where it was printed, with the launcher as the user
 * invoked it, the class path, the options, the main class and the program's arguments, every word
 * quoted for a POSIX shell. A class path too long to read goes into an argument file beside the
 * reports ({@code @file}, which the command line expands).
 */
final class CommandLines {

    /** Longer class paths go into an argument file, where there is a directory to put it in. */
    static final int LONG_CLASS_PATH = 200;
    static final String CLASS_PATH_FILE = "classpath.args";
    /** Longer schedule tokens are read from the schedule file, where there is one. */
    static final int LONG_TOKEN = 200;

    private CommandLines() {
    }

    /** How the user invoked the launcher: {@code bin/interleave} sets it; the default is the project's. */
    static String launcher() {
        String invoked = System.getenv("INTERLEAVE_LAUNCHER");
        return invoked == null || invoked.isBlank() ? "bin/interleave" : invoked;
    }

    /**
     * {@code verb} on the program, with {@code options} after the class path; the class path goes
     * into {@code argFileDir} (when not null) if it is long.
     */
    static String of(String verb, String classpath, List<String> options, String mainClass, List<String> args,
                     Path argFileDir) {
        List<String> words = new ArrayList<>(List.of(quote(launcher()), verb));
        if (argFileDir != null && classpath.length() > LONG_CLASS_PATH) {
            words.add(quote("@" + writeClassPathFile(argFileDir, classpath)));
        } else {
            words.addAll(List.of("--cp", quote(classpath)));
        }
        options.forEach(option -> words.add(quote(option)));
        words.add(quote(mainClass));
        args.forEach(arg -> words.add(quote(arg)));
        return String.join(" ", words);
    }

    private static Path writeClassPathFile(Path dir, String classpath) {
        Path file = dir.resolve(CLASS_PATH_FILE);
        try {
            ReportWriter.prepare(dir);
            // The command line reads an argument file as words, quoted as in a shell.
            Files.writeString(file, "--cp \"" + classpath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+,-" + File.pathSeparator + "]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
