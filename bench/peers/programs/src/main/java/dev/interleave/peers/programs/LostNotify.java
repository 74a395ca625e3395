package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * A JaConTeBe wait/notify deadlock (lost notification): the waiter tests the flag outside the
 * monitor and then waits; if the notifier sets the flag and notifies in between, the waiter waits
 * forever. The window is between a plain read and a monitor enter that does not block (sync).
 */
public final class LostNotify implements Subject {

    private final Object monitor = new Object();
    private boolean ready;

    void await() throws InterruptedException {
        if (!ready) {
            synchronized (monitor) {
                monitor.wait();
            }
        }
    }

    void signal() {
        ready = true;
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("waiter", this::await).start("notifier", this::signal).join();
    }
}
