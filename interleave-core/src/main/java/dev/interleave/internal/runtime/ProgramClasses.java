package dev.interleave.internal.runtime;

import dev.interleave.ProgramException;
import dev.interleave.bridge.Bridge;
import dev.interleave.bridge.InterleaveClasses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A program's class files, read and instrumented once and kept for every class loader of the
 * program. Interleave's own classes are never loaded from here: the program shares them with the
 * runtime that controls it.
 *
 * <p>Executions take turns with one loader, each starting with fresh static state (see
 * {@link ClassInits}), which spares each execution the linking of a fresh loader's classes. Once the
 * program is found to have a class that cannot be reset, every later execution gets a fresh loader,
 * as does an execution that starts while another still holds the shared loader.
 */
public final class ProgramClasses {

    /** What the name of an interface's statics holder adds to the interface's (the agent's InterfaceStatics.SUFFIX). */
    static final String HOLDER_SUFFIX = "$InterleaveStatics";

    private final URLClassLoader finder;
    private final Map<String, Optional<byte[]>> instrumented = new ConcurrentHashMap<>();
    /** The agent's instrumenter for this program's classes, made on first use. */
    private volatile UnaryOperator<byte[]> instrumenter;
    /** Why the program's static state cannot be reset (the first class found), or null. */
    private volatile String notResettable;
    private ProgramClassLoader shared;
    private Execution lessee;

    public ProgramClasses(List<Path> classpath) {
        URL[] urls = classpath.stream().map(ProgramClasses::toUrl).toArray(URL[]::new);
        // No parent: it finds only the program's own files.
        this.finder = new URLClassLoader(urls, null);
    }

    private static URL toUrl(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new ProgramException("bad class path entry " + path, e);
        }
    }

    /** A fresh class loader for the program. */
    public ClassLoader newLoader() {
        // The guards in the program's classes do nothing until the runtime is installed.
        ControlledRuntime.get();
        return new ProgramClassLoader(this, ProgramClasses.class.getClassLoader());
    }

    /**
     * The class loader for the execution that the calling task belongs to, which starts now: the
     * shared one, its classes' static state to be set up afresh, or a fresh one.
     */
    public synchronized ClassLoader loaderForExecution() {
        Execution execution = ControlledRuntime.get().currentExecution();
        if (notResettable != null || execution == null || lessee != null && !lessee.isFinished()) {
            return newLoader();
        }
        if (shared == null) {
            shared = (ProgramClassLoader) newLoader();
        }
        lessee = execution;
        shared.inits.nextEpoch();
        return shared;
    }

    /** Why each execution needs a fresh class loader: a class that cannot be reset, and what it is. */
    public Optional<String> notResettable() {
        return Optional.ofNullable(notResettable);
    }

    private void cannotReset(String reason) {
        if (notResettable == null) {
            notResettable = reason;
        }
    }

    /**
     * The class file of a class of the program (found on its class path) by internal name, or null;
     * for the statics holder of one of its interfaces with an initializer, the holder's, as made.
     */
    private byte[] programClassFile(String internalName) {
        if (shared(internalName.replace('/', '.'))) {
            return null;
        }
        if (internalName.endsWith(HOLDER_SUFFIX)) {
            byte[] owner = programClassFile(internalName.substring(0, internalName.length() - HOLDER_SUFFIX.length()));
            return owner == null ? null : Bridge.staticsHolderMaker().apply(owner);
        }
        URL resource = finder.findResource(internalName + ".class");
        if (resource == null) {
            return null;
        }
        try (InputStream in = resource.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private UnaryOperator<byte[]> instrumenter() {
        UnaryOperator<byte[]> known = instrumenter;
        if (known == null) {
            var factory = Bridge.resettingInstrumenter();
            if (factory == null) {
                throw new AgentMissingException();
            }
            known = factory.apply(this::programClassFile, this::cannotReset);
            instrumenter = known;
        }
        return known;
    }

    /** Whether the program shares {@code className} with Interleave: the JDK's, and Interleave's that {@link InterleaveClasses} says. */
    static boolean shared(String className) {
        return className.startsWith("java.") || InterleaveClasses.roleOfBinaryName(className).shared();
    }

    /** The instrumented bytes of a program class, or null when the program has no such class. */
    byte[] bytes(String className) {
        return instrumented.computeIfAbsent(className, this::readAndInstrument).orElse(null);
    }

    private Optional<byte[]> readAndInstrument(String className) {
        byte[] classFile = programClassFile(className.replace('.', '/'));
        if (classFile == null) {
            return Optional.empty();
        }
        UnaryOperator<byte[]> instrument = instrumenter();
        try {
            return Optional.of(instrument.apply(classFile));
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            dev.interleave.bridge.InstrumentationFailures.record(className, e);
            throw new IllegalStateException("cannot instrument " + className + ": " + e, e);
        }
    }

    URL findResource(String name) {
        return finder.findResource(name);
    }

    java.util.Enumeration<URL> findResources(String name) throws IOException {
        return finder.findResources(name);
    }

    /** Checks that {@code className} is a program class with a main method Interleave can call. */
    public void checkMainClass(String className) {
        if (shared(className) || finder.findResource(className.replace('.', '/') + ".class") == null) {
            throw new ProgramException("class " + className + " not found on the class path");
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, newLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ProgramException("class " + className + " cannot be loaded: " + e, e);
        }
        if (MainMethod.find(type) == null) {
            throw new ProgramException("class " + className + " has no main method");
        }
    }

    /** How to call a program's main: static or (Java 25) instance, with or without arguments. */
    record MainMethod(Method method) {

        static MainMethod find(Class<?> type) {
            for (Class<?>[] parameters : List.of(new Class<?>[] {String[].class}, new Class<?>[0])) {
                try {
                    Method method = type.getDeclaredMethod("main", parameters);
                    if (!Modifier.isPrivate(method.getModifiers()) && method.getReturnType() == void.class) {
                        return new MainMethod(method);
                    }
                } catch (NoSuchMethodException e) {
                    // try the next form
                }
            }
            return null;
        }
    }
}
