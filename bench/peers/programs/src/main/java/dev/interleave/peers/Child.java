package dev.interleave.peers;

/**
 * The child side of the harness: one fresh JVM explores one program with one tool and prints one
 * result line ({@value #PREFIX}, tab-separated), which the harness parses. Arguments: program,
 * threads (platform|virtual), executions, seconds, seed, mode, stall seconds. A watchdog
 * ends a run in which no new execution started for the stall time: a hung tool (or a deadlock
 * the tool does not detect) then reports a miss quickly instead of using the whole budget.
 */
public final class Child {

    public static final String PREFIX = "PEERS-RESULT";

    private Child() {
    }

    /** Runs the exploration and ends the JVM, leaving no deadlocked thread to keep it alive. */
    public static void main(Tool tool, String[] args) {
        if (args.length != 7) {
            System.err.println("usage: PROGRAM platform|virtual EXECUTIONS SECONDS SEED MODE STALL_SECONDS");
            Runtime.getRuntime().halt(2);
        }
        Entry entry = Catalog.find(args[0]).orElse(null);
        if (entry == null) {
            System.err.println("no such program: " + args[0]);
            Runtime.getRuntime().halt(2);
        }
        ThreadKind kind = ThreadKind.parse(args[1]);
        Tool.Budget budget = new Tool.Budget(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Long.parseLong(args[4]), args[5], Integer.parseInt(args[6]));
        Counter counter = new Counter();
        long start = System.currentTimeMillis();
        watch(counter, budget, start);
        int status = 0;
        try {
            print(tool.explore(entry, kind, budget, counter));
        } catch (Throwable t) {
            System.err.println("the harness could not run " + tool.name() + ": " + t);
            t.printStackTrace();
            status = 3;
        }
        System.out.flush();
        Runtime.getRuntime().halt(status);
    }

    private static synchronized void print(Tool.Outcome outcome) {
        System.out.println(String.join("\t", PREFIX, Boolean.toString(outcome.found()),
                Long.toString(outcome.executions()), Long.toString(outcome.startMillis()),
                Long.toString(outcome.endMillis()), Double.toString(outcome.searchMillis()), oneLine(outcome.failure())));
        System.out.flush();
    }

    /**
     * Ends a hung run. Before the first execution starts the tool is still starting (Lincheck
     * attaches its agent, Fray loads its runtime): it gets the whole time budget for that.
     */
    private static void watch(Counter counter, Tool.Budget budget, long start) {
        Thread watchdog = new Thread(() -> {
            long seen = 0;
            long since = System.currentTimeMillis();
            while (true) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.currentTimeMillis();
                long started = counter.started();
                long allowed = started == 0 ? budget.seconds() * 1000L : budget.stallSeconds() * 1000L;
                if (started != seen) {
                    seen = started;
                    since = now;
                } else if (now - since >= allowed) {
                    print(new Tool.Outcome(false, started, "HUNG: no progress in " + allowed / 1000
                            + " s (" + started + " executions started)", start, now));
                    Runtime.getRuntime().halt(0);
                }
            }
        }, "peers-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    public static String oneLine(Object failure) {
        if (failure == null) {
            return "";
        }
        String text = failure.toString().replaceAll("\\s+", " ").trim();
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
