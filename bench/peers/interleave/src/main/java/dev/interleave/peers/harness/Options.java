package dev.interleave.peers.harness;

import dev.interleave.peers.ThreadKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The harness's settings. Budget: at most {@code executions} executions and {@code seconds}
 * seconds per program and tool; a run with no new execution for {@code stallSeconds} counts as
 * hung. {@code repeats} fresh JVMs per cell, seeds 1..repeats. Interleave runs one column per
 * mode in {@code modes}; the first is the baseline of the time-to-bug ratios. Fray runs one column
 * per scheduler in {@code fraySchedulers}. Every tool runs the thread kinds in {@code threads}.
 */
record Options(boolean quick, int repeats, int executions, int seconds, int stallSeconds, List<String> modes,
               List<String> fraySchedulers, List<ThreadKind> threads, List<String> tools, List<String> programs,
               Path output, List<String> command) {

    static final String USAGE = "usage: run.sh [--quick] [--repeats N] [--executions N] [--seconds S] [--stall S] "
            + "[--modes preemptive,cooperative,sync] [--fray-schedulers pos,pct,random] [--threads platform,virtual] "
            + "[--tools interleave,fray,lincheck] [--programs A,B] [--out FILE]";

    /** Preemptive, the most complete mode, is the baseline; cooperative shows what its points alone find. */
    static final List<String> DEFAULT_MODES = List.of("preemptive", "cooperative");

    /** Fray's schedulers the harness can run (FrayTool maps each to its class); POS is @FrayTest's default. */
    static final List<String> FRAY_SCHEDULERS = List.of("pos", "pct", "random");

    static Options parse(List<String> args) {
        boolean quick = args.contains("--quick");
        int repeats = quick ? 1 : 5;
        int executions = quick ? 100 : 1000;
        int seconds = quick ? 20 : 30;
        int stall = quick ? 3 : 10;
        List<String> modes = DEFAULT_MODES;
        List<String> fraySchedulers = List.of("pos");
        List<ThreadKind> threads = List.of(ThreadKind.PLATFORM, ThreadKind.VIRTUAL);
        List<String> tools = List.of("interleave", "fray", "lincheck");
        List<String> programs = List.of();
        Path output = Path.of("docs/benchmarks.md");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--quick")) {
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("missing value after " + arg + "\n" + USAGE);
            }
            String value = args.get(++i);
            switch (arg) {
                case "--repeats" -> repeats = positive(arg, value);
                case "--executions" -> executions = positive(arg, value);
                case "--seconds" -> seconds = positive(arg, value);
                case "--stall" -> stall = positive(arg, value);
                case "--modes", "--mode" -> modes = List.of(value.split(","));
                case "--fray-schedulers" -> fraySchedulers = List.of(value.split(","));
                case "--threads" -> threads = Arrays.stream(value.split(",")).map(ThreadKind::parse).toList();
                case "--tools" -> tools = List.of(value.split(","));
                case "--programs" -> programs = List.of(value.split(","));
                case "--out" -> output = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        for (String mode : modes) {
            if (!List.of("cooperative", "sync", "preemptive").contains(mode)) {
                throw new IllegalArgumentException("unknown mode " + mode + "\n" + USAGE);
            }
        }
        for (String scheduler : fraySchedulers) {
            if (!FRAY_SCHEDULERS.contains(scheduler)) {
                throw new IllegalArgumentException("unknown Fray scheduler " + scheduler + "\n" + USAGE);
            }
        }
        if (fraySchedulers.stream().distinct().count() != fraySchedulers.size()) {
            throw new IllegalArgumentException("a scheduler is listed twice in --fray-schedulers " + String.join(",", fraySchedulers));
        }
        if (modes.stream().distinct().count() != modes.size()) {
            throw new IllegalArgumentException("a mode is listed twice in --modes " + String.join(",", modes));
        }
        return new Options(quick, repeats, executions, seconds, stall, modes, fraySchedulers, threads, tools, programs, output,
                List.copyOf(args));
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(option + " needs a positive number, not " + value);
    }
}
