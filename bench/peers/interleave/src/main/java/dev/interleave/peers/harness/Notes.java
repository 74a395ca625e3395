package dev.interleave.peers.harness;

/** The fixed part of the report: how to read it and what is known about the tools here. */
final class Notes {

    private Notes() {
    }

    static final String TEXT = """
            ## How to read it

            - **needs** is the weakest set of scheduling points that can show the bug: `cooperative`
              (where a thread blocks or yields, asyncio's await points: Interleave's only mode today),
              `sync` (also every lock, monitor, volatile and atomic access that does not block) or
              `preemptive` (also plain field accesses). Interleave in cooperative mode cannot see the
              `sync` and `preemptive` bugs: the table shows it missing them. The `sync` and
              `preemptive` modes are being built; re-run with `--mode sync` when they land.
            - The programs of the first part are written here (`bench/peers/programs/`), modelled on the
              bug patterns of SCTBench as the Fray paper uses it and on JaConTeBe's categories; each is
              one class whose `run(ThreadKind)` makes fresh state, starts its threads, joins them and
              throws when the bug showed. The three adapters run the same class files. The gallery
              programs are the examples module's, run through their `main`.
            - Fray 0.9.2's Maven plugin instruments a JDK 25 only ("JDK version is not 25.x" for 17), and
              Fray does not schedule virtual threads (its issue 166): those cells say so. The gallery
              is compiled for Java 25, so it has no JDK 17 cells. JDK 17 has no virtual threads.
            - Lincheck 3.7 attaches its agent on first use; its cells include that (about 3 s). "hung"
              means no new execution started for the stall time: the tool neither finished the
              execution nor reported a deadlock. On this harness Lincheck hangs inside `Thread.join`
              on programs whose classes it instrumented (its scheduler does not see the join, so the
              joined threads wait for a turn forever); a self-contained test class loaded before its
              agent attached does find the seed race on JDK 17 (see `bench/peers/README.md`).
            - A deadlock is found when the tool reports it (Interleave: all tasks blocked; Fray:
              DeadlockException; Lincheck: its hang report). "exit 1, no report": the program called
              `System.exit(1)` and the JVM died under the tool, which did not intercept it.
            - The machine is shared with other jobs while this runs: wall times are noisy, and the
              ratios, computed within one run, are the figures to compare.
            """;
}
