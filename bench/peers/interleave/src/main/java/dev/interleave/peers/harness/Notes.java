package dev.interleave.peers.harness;

/** The fixed part of the report: how to read it and what is known about the tools here. */
final class Notes {

    private Notes() {
    }

    static final String TEXT = """
            ## How to read it

            - **needs** is the weakest set of scheduling points that can show the bug: `cooperative`
              (where a thread blocks or yields, asyncio's await points), `sync` (also every lock,
              monitor, volatile and atomic access that does not block) or `preemptive` (also plain
              field accesses). Interleave runs one column per mode, the mode fixed for the whole
              column (picking it per program would tell the tool where the bug is): the preemptive
              columns can show every bug here, the cooperative ones cannot see the `sync` and
              `preemptive` bugs and the table shows them missing those.
            - The programs of the first part are written here (`bench/peers/programs/`), modelled on the
              bug patterns of SCTBench as the Fray paper uses it and on JaConTeBe's categories; each is
              one class whose `run(ThreadKind)` makes fresh state, starts its threads, joins them and
              throws when the bug showed. The three adapters run the same class files. The gallery
              programs are the examples module's, run through their `main`.
            - Fray 0.9.2's Maven plugin instruments a JDK 25 only ("JDK version is not 25.x" for 17), and
              Fray does not schedule virtual threads (its issue 166): those cells say so. The gallery
              is compiled for Java 25, so it has no JDK 17 cells. JDK 17 has no virtual threads.
            - Lincheck 3.7 attaches its agent on first use; its cells include that (its first
              invocation started about 9 s after the JVM here). "hung": after the first execution
              started, none started for the stall time (before it, a tool gets the whole time budget
              to start): the tool neither finished the execution nor reported anything. Lincheck
              hangs when a program's object is made inside a lambda or by reflection (the joining
              thread's `Thread.join` is not intercepted while the joined threads wait for their
              turn), so the programs written here are made by a plain `new`; the gallery is run by
              reflection through its `main`. Lincheck also resets the heap reachable from its test
              block after every invocation, so the harness counts executions off the heap. A
              Lincheck internal error ("caught a bug in Lincheck") is a tool error, not a find.
            - Lincheck 3.7 does not schedule virtual threads, so its virtual column is not run. Probed
              with `Thread.ofVirtual()` called directly (`bench/peers/lincheck/probe/`): the JDK starts
              platform helper threads for the first virtual threads (the carriers of the
              `ForkJoinPool`, `VirtualThread-unblocker`) inside the test block, Lincheck takes them for
              the test's threads and waits in `awaitUserThreads` for them to end, which they never do:
              the hang of the earlier runs. Started beforehand, with one carrier, joining a virtual
              thread fails inside Lincheck (a NullPointerException in `ManagedStrategy.onThreadJoin`);
              without a join, the virtual threads run outside its scheduler (its trace shows the main
              thread only, and the failure they caused does not replay: "Non-determinism found").
              Its issue 261, "Validate that virtual threads are supported", is open.
              `--quick` stops running a column after
              three hung programs in a row; the full run runs every cell.
            - Executions per second come from runs of at least 20 executions (misses and fixed
              twins): a run that found its bug at once measures start-up and report building.
            - A deadlock is found when the tool reports it (Interleave: all tasks blocked; Fray:
              DeadlockException; Lincheck: its hang report). "exit 1, no report": the program called
              `System.exit(1)` and the JVM died under the tool, which did not intercept it.
            - The machine is shared with other jobs while this runs: wall times are noisy, and the
              ratios, computed within one run, are the figures to compare.
            """;
}
