package dev.interleave.runtime;

import dev.interleave.ProgramException;
import dev.interleave.bridge.Bridge;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A program's class files, read and instrumented once and kept for every execution's fresh class
 * loader. Interleave's own classes are never loaded from here: the program shares them with the
 * runtime that controls it.
 */
public final class ProgramClasses {

    private static final Set<String> SHARED_PACKAGES = Set.of(
            "dev.interleave", "dev.interleave.runtime", "dev.interleave.strategy", "dev.interleave.bridge",
            "dev.interleave.cli", "dev.interleave.junit");

    private final URLClassLoader finder;
    private final Map<String, Optional<byte[]>> instrumented = new ConcurrentHashMap<>();

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

    public ClassLoader newLoader() {
        return new ProgramClassLoader(this, ProgramClasses.class.getClassLoader());
    }

    static boolean shared(String className) {
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        return className.startsWith("java.") || SHARED_PACKAGES.contains(pkg) || pkg.startsWith("dev.interleave.agent");
    }

    /** The instrumented bytes of a program class, or null when the program has no such class. */
    byte[] bytes(String className) {
        return instrumented.computeIfAbsent(className, this::readAndInstrument).orElse(null);
    }

    private Optional<byte[]> readAndInstrument(String className) {
        URL resource = finder.findResource(className.replace('.', '/') + ".class");
        if (resource == null) {
            return Optional.empty();
        }
        UnaryOperator<byte[]> instrumenter = Bridge.programInstrumenter();
        if (instrumenter == null) {
            throw new AgentMissingException();
        }
        try (InputStream in = resource.openStream()) {
            return Optional.of(instrumenter.apply(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (RuntimeException e) {
            dev.interleave.bridge.InstrumentationFailures.record(className, e);
            throw new IllegalStateException("cannot instrument " + className + ": " + e, e);
        }
    }

    URL findResource(String name) {
        return finder.findResource(name);
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
