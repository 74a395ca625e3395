package dev.interleave.testprograms.outside;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two tasks take two locks in opposite orders, each waiting until the other holds its first (a
 * deadlock in every schedule), while a third task waits for a connection that never comes: a true
 * deadlock beside a wait on the outside world. The locks are monitors, or {@code ReentrantLock}s
 * with argument {@code locks}.
 */
public class DeadlockBesideOutsideWait {

    public static void main(String[] args) throws Exception {
        boolean locks = args.length > 0 && args[0].equals("locks");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                try {
                    server.accept().close();
                } catch (java.io.IOException e) {
                    // closed at the end of main
                }
            }, "listener");
            listener.setDaemon(true);
            listener.start();
            CountDownLatch bothHoldOne = new CountDownLatch(2);
            Object a = locks ? new ReentrantLock() : new Object();
            Object b = locks ? new ReentrantLock() : new Object();
            Thread left = new Thread(() -> inOrder(a, b, bothHoldOne), "left");
            Thread right = new Thread(() -> inOrder(b, a, bothHoldOne), "right");
            left.start();
            right.start();
            left.join();
            right.join();
        }
    }

    private static void inOrder(Object first, Object second, CountDownLatch bothHoldOne) {
        holding(first, () -> {
            bothHoldOne.countDown();
            try {
                bothHoldOne.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            holding(second, () -> System.out.println("never"));
        });
    }

    private static void holding(Object lock, Runnable work) {
        if (lock instanceof ReentrantLock l) {
            l.lock();
            try {
                work.run();
            } finally {
                l.unlock();
            }
        } else {
            synchronized (lock) {
                work.run();
            }
        }
    }
}
