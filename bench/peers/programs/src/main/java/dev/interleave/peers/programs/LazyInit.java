package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "lazy init" pattern: two threads ask for a lazily loaded configuration; the load is
 * slow (a 1 ms blocking call), and both threads can find it missing and load it twice. A switch
 * at the blocking call suffices (cooperative). {@link LazyInitFixed} loads under a lock.
 */
public final class LazyInit implements Subject {

    private Object config;
    private int loads;

    Object config() throws InterruptedException {
        if (config == null) {
            loads++;
            Thread.sleep(1); // read the file
            config = new Object();
        }
        return config;
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("a", this::config).start("b", this::config).join();
        Workers.check(loads == 1, "the configuration was loaded " + loads + " times, not once");
    }
}
