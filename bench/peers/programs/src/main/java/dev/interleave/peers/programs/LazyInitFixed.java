package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/** {@link LazyInit} with the check and the load under one monitor: it loads once. */
public final class LazyInitFixed implements Subject {

    private Object config;
    private int loads;

    synchronized Object config() throws InterruptedException {
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
