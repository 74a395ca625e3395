package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The fix for {@link MissedSignalBug}: the server sets a {@code started} flag under the lock
 * before signalling, and the client waits only while the flag is unset, checking it under the same
 * lock. If the signal came first, the client sees the flag and never waits; if the client waits
 * first, the signal wakes it.
 */
public final class MissedSignalFixed {

    private MissedSignalFixed() {
    }

    public static void main(String[] args) {
        ReentrantLock lock = new ReentrantLock();
        Condition ready = lock.newCondition();
        boolean[] started = {false}; // guarded by lock
        try (var group = new TaskGroup()) {
            group.fork("client", () -> {
                lock.lock();
                try {
                    while (!started[0]) {
                        ready.await(); // wait for the server to start
                    }
                } finally {
                    lock.unlock();
                }
                System.out.println("client: server is ready");
            });
            group.fork("server", () -> {
                lock.lock();
                try {
                    started[0] = true;
                    ready.signalAll();
                } finally {
                    lock.unlock();
                }
                System.out.println("server: started");
            });
        }
    }
}
