package dev.interleave.agent;

import dev.interleave.bridge.InterleaveClasses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Loads, on a background thread, the classes a first execution needs (the runtime's, and the JDK
 * classes it uses that the JDK's class-data archive does not hold), while the agent installs and
 * the JVM goes on starting the program. Loading them is most of what a first execution costs
 * (docs/performance.md, "The first execution"); on a second core it is done before the program
 * needs them.
 *
 * <p>Classes are only loaded, never initialized: no static initializer runs on this thread, so
 * what a program observes (which class initializes first, on which thread) is unchanged. Each
 * class meets the same transformers as on the thread that needs it, as the agent starts the thread
 * once every transformer is registered: Interleave's own uninstrumented classes load at once, while
 * the agent patches the JDK classes already loaded; the JDK's and the instrumented ones once the
 * agent is installed ({@link #installed}), as they would in a program. The list
 * is the runtime's {@value #LIST}, kept by {@code PreloadListTest}; a name this class path does not
 * have, or a class that cannot be loaded yet, is skipped and loads later when needed.
 * {@code -Dinterleave.preload=false} turns preloading off.
 */
final class RuntimePreloader {

    static final String LIST = "META-INF/interleave/preload.classes";

    private final ClassLoader loader;
    private final CountDownLatch agentInstalled = new CountDownLatch(1);

    private RuntimePreloader(ClassLoader loader) {
        this.loader = loader;
    }

    /** Starts loading; call once every transformer of the agent is registered. */
    static RuntimePreloader start(ClassLoader loader) {
        RuntimePreloader preloader = new RuntimePreloader(loader);
        if (!Boolean.parseBoolean(System.getProperty("interleave.preload", "true"))) {
            return preloader;
        }
        List<String> names = preloader.names();
        if (!names.isEmpty()) {
            // Named, so that it takes no number from the "Thread-N" names a program sees.
            Thread thread = new Thread(() -> preloader.load(names), "interleave-preload");
            thread.setDaemon(true);
            thread.start();
        }
        return preloader;
    }

    /** Lets the classes that a transformer changes load: the agent is installed. */
    void installed() {
        agentInstalled.countDown();
    }

    private void load(List<String> names) {
        List<String> later = new ArrayList<>();
        for (String name : names) {
            if (untransformed(name)) {
                load(name);
            } else {
                later.add(name);
            }
        }
        try {
            agentInstalled.await();
        } catch (InterruptedException e) {
            return;
        }
        later.forEach(this::load);
    }

    private void load(String name) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // Not on this class path (a class of the CLI's under a test, say), or not loadable before
            // the runtime opens what it needs: it loads when it is needed.
        }
    }

    /** Interleave's classes that no transformer changes, loaded before the transformers are there. */
    private static boolean untransformed(String name) {
        return name.startsWith("dev.interleave.") && !InterleaveClasses.roleOfBinaryName(name).instrumented();
    }

    private List<String> names() {
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
