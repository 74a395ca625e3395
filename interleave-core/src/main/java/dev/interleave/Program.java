package dev.interleave;

import dev.interleave.internal.runtime.ProgramClasses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A program to run under control: a class path and the class whose {@code main} to run. Its
 * class files are read and instrumented once; every execution starts with fresh static state,
 * either in a class loader that executions take turns with (its classes' static fields reset and
 * their initializers run again, lazily) or, when the program has a class that cannot be reset (an
 * enum, say), in a fresh class loader.
 */
public final class Program {

    private final List<Path> classpath;
    private final String mainClass;
    private final ProgramClasses classes;

    private Program(List<Path> classpath, String mainClass) {
        this.classpath = List.copyOf(classpath);
        this.mainClass = mainClass;
        this.classes = new ProgramClasses(this.classpath);
    }

    /**
     * Checks the class path and the main class.
     *
     * @throws ProgramException naming the problem, when an entry does not exist, the class is
     *                          not found, or it has no {@code main} method
     */
    public static Program of(List<Path> classpath, String mainClass) {
        if (classpath.isEmpty()) {
            throw new ProgramException("the class path is empty");
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new ProgramException("class path entry does not exist: " + entry);
            }
        }
        Program program = new Program(classpath, mainClass);
        program.classes.checkMainClass(mainClass);
        return program;
    }

    public List<Path> classpath() {
        return classpath;
    }

    public String mainClass() {
        return mainClass;
    }

    /** A fresh class loader for the program. */
    public ClassLoader newLoader() {
        return classes.newLoader();
    }

    /**
     * The class loader for an execution starting now, in the calling task: fresh static state, in
     * the loader that executions share or in a fresh one.
     */
    public ClassLoader executionLoader() {
        return classes.loaderForExecution();
    }

    /**
     * The class (and why) that keeps executions from sharing a class loader, once one was loaded:
     * each execution then loads the program afresh, which is slower.
     */
    public Optional<String> notResettable() {
        return classes.notResettable();
    }
}
