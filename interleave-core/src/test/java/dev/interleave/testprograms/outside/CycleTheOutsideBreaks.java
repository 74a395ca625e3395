package dev.interleave.testprograms.outside;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two tasks wait for each other's lock with {@code lockInterruptibly}, a cycle that looks like a
 * deadlock, while a third waits for a connection: when main connects (after a sleep), the third
 * interrupts one of the two, which lets go of its lock, and the program ends. Not a deadlock: a task
 * waiting outside ends the cycle.
 */
public class CycleTheOutsideBreaks {

    public static void main(String[] args) throws Exception {
        ReentrantLock a = new ReentrantLock();
        ReentrantLock b = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread left = new Thread(() -> inOrder(a, b, bothHoldOne), "left");
        Thread right = new Thread(() -> inOrder(b, a, bothHoldOne), "right");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread listener = new Thread(() -> {
                try (Socket s = server.accept()) {
                    left.interrupt();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "listener");
            listener.start();
            left.start();
            right.start();
            Thread.sleep(50);
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                listener.join();
            }
            left.join();
            right.join();
        }
        System.out.println("the interrupt ended the cycle");
    }

    private static void inOrder(ReentrantLock first, ReentrantLock second, CountDownLatch bothHoldOne) {
        first.lock();
        try {
            bothHoldOne.countDown();
            bothHoldOne.await();
            second.lockInterruptibly();
            second.unlock();
        } catch (InterruptedException e) {
            // let go of the first lock
        } finally {
            first.unlock();
        }
    }
}
