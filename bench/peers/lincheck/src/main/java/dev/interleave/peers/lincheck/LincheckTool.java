package dev.interleave.peers.lincheck;

import dev.interleave.peers.Child;
import dev.interleave.peers.Counter;
import dev.interleave.peers.Entry;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Tool;
import org.jetbrains.lincheck.Lincheck;
import org.jetbrains.lincheck.LincheckAssertionError;

/**
 * Lincheck 3.7's general-purpose API, {@code Lincheck.runConcurrentTest(invocations, block)}: it
 * attaches its agent to this JVM on first use and runs the block under its managed scheduler. It
 * has no time limit of its own: the harness kills a JVM that overruns the budget.
 */
public final class LincheckTool implements Tool {

    public static void main(String[] args) {
        Child.main(new LincheckTool(), args);
    }

    @Override
    public String name() {
        return "Lincheck 3.7";
    }

    @Override
    public Outcome explore(Entry entry, ThreadKind kind, Budget budget, Counter counter) {
        long start = System.currentTimeMillis();
        try {
            Lincheck.runConcurrentTest(budget.executions(), counter.wrap(entry.body(kind)));
            return new Outcome(false, counter.toFirstFailure(), null, start, System.currentTimeMillis());
        } catch (LincheckAssertionError e) {
            if (String.valueOf(e.getMessage()).contains("caught a bug in Lincheck")) {
                throw new IllegalStateException("Lincheck failed inside itself: " + firstLines(e.getMessage()), e);
            }
            return new Outcome(true, counter.toFirstFailure(), firstLines(e.getMessage()), start,
                    System.currentTimeMillis());
        }
    }

    /** Lincheck's message is a whole trace; its first non-blank lines name the failure. */
    private static String firstLines(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !line.startsWith("=") && text.length() < 160) {
                text.append(line.trim()).append(' ');
            }
        }
        return text.toString().trim();
    }
}
