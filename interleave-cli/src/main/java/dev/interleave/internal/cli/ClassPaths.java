package dev.interleave.internal.cli;

import dev.interleave.ProgramException;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parses a class path given on the command line. */
final class ClassPaths {

    private ClassPaths() {
    }

    static List<Path> parse(String classpath) {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                entries.add(Path.of(entry));
            } catch (InvalidPathException e) {
                throw new ProgramException("bad class path entry '" + entry + "': " + e.getReason());
            }
        }
        return entries;
    }
}
