package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The user guide does not lie: every {@code $ command} in a code block of docs/guide/*.md runs,
 * from the project's directory, and prints what the guide shows below it. Seeds that the command
 * does not fix, timings, and the decision an unseeded random number changed are left out of the
 * comparison. Each page's commands run in order (a page may {@code cat} what it wrote).
 */
class GuideCommandsIT {

    /**
     * A fenced block with no language (commands and what they print), fences at line starts so
     * that the closing fence of a {@code java} block is not taken for an opening one.
     */
    private static final Pattern BLOCK = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
    /** The progress line {@code explore} prints every few seconds (see Progress). */
    private static final Pattern PROGRESS = Pattern.compile("explored \\d+ schedules, \\d+/s, [\\d.]+ s, \\d+ failures?(, .*)?");
    /** Waits for a debugger to attach: shown, not run. */
    private static final String WAITS_FOR_DEBUGGER = "-agentlib:jdwp";

    private record Command(String page, String line, String expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyCommandInTheGuidePrintsWhatTheGuideShows() throws IOException {
        List<Command> commands = new ArrayList<>();
        try (Stream<Path> pages = Files.list(BinInterleave.HOME.resolve("docs/guide"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                commands.addAll(commandsOf(page));
            }
        }
        assertFalse(commands.isEmpty(), "no commands found in docs/guide");
        return commands.stream().map(c -> DynamicTest.dynamicTest(c.page() + ": " + c.line(), () -> check(c)));
    }

    private static List<Command> commandsOf(Path page) throws IOException {
        List<Command> commands = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(page));
        while (block.find()) {
            if (!block.group(1).isEmpty()) {
                continue;
            }
            String[] parts = block.group(2).split("(?m)^\\$ ");
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].stripTrailing();
                int end = part.indexOf('\n');
                String line = end < 0 ? part : part.substring(0, end);
                String expected = end < 0 ? "" : part.substring(end + 1);
                if (!line.contains(WAITS_FOR_DEBUGGER)) {
                    commands.add(new Command(page.getFileName().toString(), line, expected));
                }
            }
        }
        return commands;
    }

    private static void check(Command command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command.line() + " 2>&1")
                .directory(BinInterleave.HOME.toFile());
        // The guide's $JAVA_HOME is a JDK 25, as this test's own.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        // A progress line comes every 5 s of a long exploration: on a loaded machine, where the guide has none.
        String printed = String.join("\n", out.lines().filter(l -> !l.startsWith("interleave: building"))
                .filter(l -> !PROGRESS.matcher(l).matches()).toList());
        assertEquals(normalized(command.expected()), normalized(printed), command.line());
    }

    private static String normalized(String text) {
        return text.strip()
                .replaceAll("seed \\d+", "seed N")
                .replaceAll("in \\d+\\.\\d+ s", "in X s")
                .replaceAll("nondeterminism: .*", "nondeterminism: ...");
    }
}
