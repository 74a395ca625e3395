package dev.interleave.internal.runtime;

import dev.interleave.InterleaveFault;
import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

/**
 * A class loader for the program: it defines the program's classes from {@link ProgramClasses}'
 * cached, instrumented bytes, and leaves everything else to its parent. One loader serves the
 * executions of an exploration one after another, each with fresh static state (see
 * {@link ClassInits}), unless the program has a class that cannot be reset.
 */
final class ProgramClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ProgramClasses classes;
    /** Its classes' state of initialization, per execution. */
    final ClassInits inits = new ClassInits(this);

    /** The main method last called in this loader: executions that share the loader call the same. */
    private volatile ProgramRunner.Main main;

    ProgramClassLoader(ProgramClasses classes, ClassLoader parent) {
        // Unnamed, so that stack frames read as plain class names.
        super(parent);
        this.classes = classes;
        setDefaultAssertionStatus(true);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (ProgramClasses.shared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                byte[] bytes = classes.bytes(name);
                if (bytes == null) {
                    return super.loadClass(name, resolve);
                }
                type = define(name, bytes);
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    /**
     * Defines a class from its instrumented bytes. A class file the JVM rejects as malformed is
     * Interleave's doing, not the program's: the program's own class files were well formed, or
     * reading them would have failed.
     */
    private Class<?> define(String name, byte[] bytes) {
        try {
            return defineClass(name, bytes, 0, bytes.length);
        } catch (ClassFormatError e) {
            if (e instanceof UnsupportedClassVersionError) {
                throw e;
            }
            throw ControlledRuntime.get().faultInTask(new InterleaveFault(
                    "the instrumented class " + name + " is malformed: " + e.getMessage(), e));
        }
    }

    ProgramRunner.Main main(Class<?> type) throws IllegalAccessException {
        ProgramRunner.Main known = main;
        if (known == null || known.type() != type) {
            known = ProgramRunner.Main.of(type);
            main = known;
        }
        return known;
    }

    @Override
    public URL getResource(String name) {
        URL own = classes.findResource(name);
        return own != null ? own : super.getResource(name);
    }

    @Override
    protected URL findResource(String name) {
        return classes.findResource(name);
    }

    /** The program's own resources of a name, such as the {@code META-INF/services} files that {@code ServiceLoader} reads. */
    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        return classes.findResources(name);
    }
}
