package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * A JaConTeBe wait/notify deadlock (nested monitor lockout): the waiter holds an outer monitor
 * while it waits on an inner one, and wait releases only the inner; the notifier needs the outer
 * monitor to notify, so it never can. The notifier starts first, so asyncio's order passes; the
 * waiter going first deadlocks.
 */
public final class NestedMonitorLockout implements Subject {

    private final Object outer = new Object();
    private final Object inner = new Object();
    private boolean ready;

    void await() throws InterruptedException {
        synchronized (outer) {
            synchronized (inner) {
                while (!ready) {
                    inner.wait();
                }
            }
        }
    }

    void signal() {
        synchronized (outer) {
            synchronized (inner) {
                ready = true;
                inner.notifyAll();
            }
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("notifier", this::signal).start("waiter", this::await).join();
    }
}
