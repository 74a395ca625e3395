package dev.interleave.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Puts the bridge classes in the bootstrap class loader, so that patched {@code java.base} classes
 * can call them. They travel inside the agent jar and are defined there directly, every one of
 * them, with the JDK's {@code Unsafe.defineClass}. Appending a jar to the bootstrap class path
 * (the manifest's {@code Boot-Class-Path}, or {@code appendToBootstrapClassLoaderSearch}) would do
 * the same but costs every run two JVM warnings: class data sharing is turned off for the
 * application's classes ("Sharing is only supported for boot loader classes because bootstrap
 * classpath has been appended"), and an attached agent whose {@code Boot-Class-Path} names a jar
 * that is not beside it is "not added to bootstrap class loader search".
 */
final class BootstrapBridge {

    static final String BRIDGE_CLASS = "dev.interleave.bridge.Bridge";
    private static final String BRIDGE_PACKAGE = "dev/interleave/bridge/";
    private static final String UNSAFE = "jdk.internal.misc.Unsafe";

    private BootstrapBridge() {
    }

    /** Defines the bridge in the bootstrap class loader and returns the module it lives in. */
    static Module defineInBootLoader(Instrumentation inst) throws IOException, ReflectiveOperationException {
        Module already = loadedByBootstrap();
        if (already != null) {
            return already; // installed by an earlier agent (a second -javaagent, an attach after a premain)
        }
        Module javaBase = Object.class.getModule();
        Module agent = BootstrapBridge.class.getModule();
        inst.redefineModule(javaBase, Set.of(), Map.of("jdk.internal.misc", Set.of(agent)), Map.of(), Set.of(), Map.of());
        Object unsafe = Class.forName(UNSAFE).getMethod("getUnsafe").invoke(null);
        Method define = unsafe.getClass().getMethod("defineClass", String.class, byte[].class, int.class, int.class,
                ClassLoader.class, ProtectionDomain.class);
        // The boot loader finds a bridge class only once it is defined, so a class is defined after
        // its superclass and interfaces: each round defines those whose supertypes are there.
        List<String> pending = new ArrayList<>(bridgeClasses());
        while (!pending.isEmpty()) {
            List<String> waiting = new ArrayList<>();
            for (String file : pending) {
                byte[] bytes = read(file);
                String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
                try {
                    define.invoke(unsafe, name, bytes, 0, bytes.length, null, null);
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof NoClassDefFoundError)) {
                        throw e;
                    }
                    waiting.add(file);
                }
            }
            if (waiting.size() == pending.size()) {
                throw new IllegalStateException("cannot define the bridge classes " + waiting
                        + " in the bootstrap class loader: their supertypes are missing");
            }
            pending = waiting;
        }
        Class<?> bridge = Class.forName(BRIDGE_CLASS, false, null);
        return bridge.getModule();
    }

    /** The bridge's class files in the agent's own jar. */
    private static List<String> bridgeClasses() throws IOException {
        Path agentJar;
        try {
            agentJar = Path.of(BootstrapBridge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot find the agent's jar: " + e, e);
        }
        try (JarFile agent = new JarFile(agentJar.toFile())) {
            List<String> names = agent.stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith(BRIDGE_PACKAGE) && name.endsWith(".class")).toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("the agent jar " + agentJar + " lacks the bridge's classes");
            }
            return names;
        }
    }

    private static Module loadedByBootstrap() {
        try {
            return Class.forName(BRIDGE_CLASS, false, null).getModule();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static byte[] read(String name) {
        try (InputStream in = BootstrapBridge.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the agent jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
