package dev.interleave.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, on a background thread, the classes a first execution needs (the runtime's, and the JDK
 * classes it uses that the JDK's class-data archive does not hold), while the JVM goes on starting
 * the program. Loading them is most of what a first execution costs (docs/performance.md, "The
 * first execution"); on a second core it is done before the program needs them.
 *
 * <p>Classes are only loaded, never initialized: no static initializer runs on this thread, so
 * what a program observes (which class initializes first, on which thread) is unchanged. The agent
 * starts the thread once it is installed, so that each class meets the same transformers as on the
 * thread that would need it, and loads classes concurrently as a program's own threads may: not
 * while the agent itself is still patching the JDK, where a second thread loading JDK classes could
 * wait on a class the patcher is initializing, and the patcher on it. The list is the runtime's
 * {@value #LIST}, kept by {@code PreloadListTest}; a name this class path does not have, or a class
 * that cannot load yet, is skipped and loads later when it is needed.
 * {@code -Dinterleave.preload=false} turns preloading off.
 */
final class RuntimePreloader {

    static final String LIST = "META-INF/interleave/preload.classes";

    private RuntimePreloader() {
    }

    static void start(ClassLoader loader) {
        if (!Boolean.parseBoolean(System.getProperty("interleave.preload", "true"))) {
            return;
        }
        // Named, so that it takes no number from the "Thread-N" names a program sees. It reads the
        // list too, so that the agent's installation does not wait for the read.
        Thread thread = new Thread(() -> load(names(loader), loader), "interleave-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load(List<String> names, ClassLoader loader) {
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Not on this class path (a class of the CLI's under a test, say), or not loadable
                // before the runtime opens what it needs: it loads when it is needed.
            }
        }
    }

    private static List<String> names(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            // Preloading only saves time: without the list, classes load when first needed.
        }
        return names;
    }
}
