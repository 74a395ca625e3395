package dev.interleave.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * Puts the bridge classes on the bootstrap class path, so that patched {@code java.base} classes
 * can call them. They travel inside the agent jar and are copied, every one of them, to a small
 * temporary jar.
 */
final class BootstrapBridge {

    static final String BRIDGE_CLASS = "dev.interleave.bridge.Bridge";
    private static final String BRIDGE_PACKAGE = "dev/interleave/bridge/";

    private BootstrapBridge() {
    }

    /** Appends the bridge to the bootstrap class path and returns the module it lives in. */
    static Module appendToBootstrap(Instrumentation inst) throws IOException, ClassNotFoundException {
        Module already = loadedByBootstrap();
        if (already != null) {
            return already; // the manifest's Boot-Class-Path found interleave-bridge.jar
        }
        Path jar = Files.createTempFile("interleave-bridge-", ".jar");
        jar.toFile().deleteOnExit();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : bridgeClasses()) {
                out.putNextEntry(new ZipEntry(name));
                out.write(read(name));
                out.closeEntry();
            }
        }
        inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
        Class<?> bridge = Class.forName(BRIDGE_CLASS, false, null);
        if (bridge.getClassLoader() != null) {
            throw new IllegalStateException("the bridge was loaded by " + bridge.getClassLoader()
                    + " before the agent could put it on the bootstrap class path");
        }
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
