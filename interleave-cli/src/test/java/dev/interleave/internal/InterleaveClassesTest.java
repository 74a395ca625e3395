package dev.interleave.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.bridge.InterleaveClasses;
import dev.interleave.bridge.InterleaveClasses.Role;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class of Interleave's library modules is internal or in a public API package that
 * {@link InterleaveClasses} declares: the agent instruments any other class as the program's, so a
 * new package that is neither fails here rather than being instrumented by accident. The CLI
 * module sees every library module on its test class path (interleave-junit is there for this).
 */
class InterleaveClassesTest {

    private static final List<String> LIBRARY_MODULES = List.of(
            "interleave-bridge", "interleave-agent", "interleave-core", "interleave-junit", "interleave-cli");
    /** A module's classes directory, or its jar once packaged, on the class path. */
    private static final Pattern LIBRARY_ENTRY = Pattern.compile(
            ".*[/\\\\](interleave-[a-z]+)[/\\\\]target[/\\\\](classes|\\1-[^/\\\\]*\\.jar)");

    @Test
    void everyLibraryClassIsInternalOrDeclaredApi() throws IOException {
        Map<String, List<String>> classesByModule = libraryClasses();
        assertEquals(LIBRARY_MODULES.stream().sorted().toList(), List.copyOf(classesByModule.keySet()),
                "the class path holds every library module");
        for (Map.Entry<String, List<String>> module : classesByModule.entrySet()) {
            assertTrue(module.getValue().size() > 5, module.getKey() + " has its classes: " + module.getValue());
            assertEquals(List.of(), undeclared(module.getValue()), module.getKey()
                    + ": classes neither under dev.interleave.internal nor in a package InterleaveClasses declares");
        }
    }

    @Test
    void aClassOfANewPackageIsUndeclared() {
        assertEquals(List.of("dev/interleave/newpkg/Widget", "com/example/Widget"), undeclared(List.of(
                "dev/interleave/newpkg/Widget", "dev/interleave/internal/newpkg/Widget", "dev/interleave/Interleave",
                "dev/interleave/TaskGroup$1", "dev/interleave/explore/Explorer", "dev/interleave/junit/InterleaveTest",
                "dev/interleave/agent/InterleaveAgent", "dev/interleave/bridge/Bridge", "com/example/Widget")));
    }

    @Test
    void programsUnderDevInterleaveAreThePrograms() {
        assertEquals(Role.PROGRAM, InterleaveClasses.role("dev/interleave/examples/asyncio/RacyFlag"));
        assertEquals(Role.PROGRAM, InterleaveClasses.role("dev/interleave/cli/fixtures/NeverEnds"));
        assertEquals(Role.PROGRAM, InterleaveClasses.role("dev/interleave/junit/samples/Counter"));
        assertEquals(Role.TASK_API, InterleaveClasses.role("dev/interleave/Subtask"));
        assertEquals(Role.ENTRY_API, InterleaveClasses.role("dev/interleave/RunResult"));
        assertEquals(Role.INTERNAL, InterleaveClasses.roleOfBinaryName("dev.interleave.internal.runtime.Execution"));
    }

    /** The classes, by internal name, that the agent would instrument as the program's. */
    private static List<String> undeclared(Collection<String> classNames) {
        return classNames.stream().filter(name -> InterleaveClasses.role(name) == Role.PROGRAM).toList();
    }

    /** The internal names of the library modules' classes, by module. */
    private static Map<String, List<String>> libraryClasses() throws IOException {
        Map<String, List<String>> classes = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher library = LIBRARY_ENTRY.matcher(entry);
            if (library.matches() && LIBRARY_MODULES.contains(library.group(1))) {
                classes.computeIfAbsent(library.group(1), module -> new ArrayList<>()).addAll(classesOf(Path.of(entry)));
            }
        }
        return classes;
    }

    private static List<String> classesOf(Path entry) throws IOException {
        List<String> files;
        if (Files.isDirectory(entry)) {
            try (Stream<Path> walk = Files.walk(entry)) {
                files = walk.map(file -> entry.relativize(file).toString().replace(File.separatorChar, '/')).toList();
            }
        } else {
            try (JarFile jar = new JarFile(entry.toFile())) {
                files = jar.stream().map(jarEntry -> jarEntry.getName()).toList();
            }
        }
        return files.stream()
                .filter(file -> file.endsWith(".class") && !file.startsWith("META-INF/") && !file.endsWith("module-info.class"))
                .map(file -> file.substring(0, file.length() - ".class".length()))
                .toList();
    }
}
