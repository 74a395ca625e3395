package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.ArrayList;
import java.util.List;

/**
 * A JaConTeBe race: an event bus notifies its listeners by iterating a plain {@code ArrayList}
 * while another thread registers a listener; each listener call blocks (it yields), and a
 * registration in between makes the iteration throw ConcurrentModificationException. The
 * registering thread starts first, so asyncio's order passes.
 */
public final class IteratorRace implements Subject {

    private final List<Runnable> listeners = new ArrayList<>();

    public IteratorRace() {
        listeners.add(Thread::yield);
        listeners.add(Thread::yield);
    }

    void publish() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("register", () -> listeners.add(Thread::yield)).start("publish", this::publish).join();
    }
}
