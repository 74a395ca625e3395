package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium, started as this machine's closed network needs: no background
 * requests, no component updates, a fresh profile each time. Where it is not installed a test is
 * skipped with the reason, except on CI (the CI variable set), where .ci/run installs it and its
 * absence is a failure.
 */
final class Chromium {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars");

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The installed browser; skips the calling test where there is none, fails it on CI. */
    static Chromium required() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return new Chromium(candidate);
            }
        }
        String reason = "chromium is not installed (apt-get install chromium): the HTML report is not rendered";
        if (System.getenv("CI") != null) {
            fail(reason + "; on CI .ci/run must install it");
        }
        Assumptions.abort(reason);
        throw new AssertionError("unreachable");
    }

    /** The page's DOM after its scripts ran. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page, "");
    }

    /** The DOM of the page opened at {@code #fragment}, after its scripts ran. */
    String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        String url = page.toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        return new String(run(List.of("--dump-dom", url)), StandardCharsets.UTF_8);
    }

    /** A PNG of the page's first screen, {@code width} by {@code height} pixels. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        run(List.of("--screenshot=" + png, "--window-size=" + width + "," + height, page.toUri().toString()));
        assertTrue(Files.exists(png), "chromium wrote no screenshot to " + png);
    }

    private byte[] run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(binary.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(args);
        Path errors = Files.createTempFile("chromium", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 60 s: " + command);
        }
        assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + read(errors));
        return out;
    }

    /** The first group of every match of {@code pattern} in {@code text} (a rendered page, a report), in order. */
    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ")";
        }
    }
}
