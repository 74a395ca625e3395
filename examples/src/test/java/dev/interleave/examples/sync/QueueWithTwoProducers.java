package dev.interleave.examples.sync;

import org.jctools.queues.SpscArrayQueue;

/**
 * JCTools' single-producer queue fed by two producers, as a program of its own: run with JCTools'
 * jar on the program's class path, so that the library is loaded afresh with the program and
 * instrumented as its code. Both producers can claim one slot, and an element is lost.
 */
public final class QueueWithTwoProducers {

    private QueueWithTwoProducers() {
    }

    public static void main(String[] args) throws InterruptedException {
        SpscArrayQueue<Integer> queue = new SpscArrayQueue<>(4);
        Thread first = new Thread(() -> queue.offer(1));
        Thread second = new Thread(() -> queue.offer(2));
        first.start();
        second.start();
        first.join();
        second.join();
        int polled = 0;
        while (queue.poll() != null) {
            polled++;
        }
        if (polled != 2) {
            throw new AssertionError("polled " + polled + " of 2 elements");
        }
    }
}
