package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A signal sent before anyone waits is lost: the server signals the {@code ready} condition once
 * it has started, and the client awaits that condition with no state behind it. If the server
 * signals before the client has begun to wait, nobody is woken, and the client then waits forever
 * (a deadlock: main waits for the client, the client for a signal that will never come). {@link
 * MissedSignalFixed} records readiness in a flag under the lock and waits only while it is unset.
 */
public final class MissedSignalBug {

    private MissedSignalBug() {
    }

    public static void main(String[] args) {
        ReentrantLock lock = new ReentrantLock();
        Condition ready = lock.newCondition();
        try (var group = new TaskGroup()) {
            group.fork("client", () -> {
                lock.lock();
                try {
                    ready.await(); // wait for the server to start
                } finally {
                    lock.unlock();
                }
                System.out.println("client: server is ready");
            });
            group.fork("server", () -> {
                lock.lock();
                try {
                    ready.signalAll(); // started
                } finally {
                    lock.unlock();
                }
                System.out.println("server: started");
            });
        }
    }
}
