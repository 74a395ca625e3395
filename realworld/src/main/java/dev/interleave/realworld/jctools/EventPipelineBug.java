package dev.interleave.realworld.jctools;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jctools.queues.MpscArrayQueue;

/**
 * The seeded bug: the consumer of a JCTools {@code MpscArrayQueue} stops as soon as it sees both
 * producers done, without a last drain. Events offered between its previous drain and that check
 * are lost. {@link EventPipelineFixed} reads "done" first, drains, then stops.
 */
public final class EventPipelineBug {

    private EventPipelineBug() {
    }

    public static void main(String[] args) throws Exception {
        MpscArrayQueue<Integer> queue = new MpscArrayQueue<>(8);
        AtomicInteger done = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        Thread first = EventPipelineFixed.producer(queue, done);
        Thread second = EventPipelineFixed.producer(queue, done);
        while (done.get() < 2) {
            queue.drain(sum::addAndGet);
            Thread.yield();
        }
        first.join();
        second.join();
        long expected = 2L * EventPipelineFixed.EVENTS * (EventPipelineFixed.EVENTS + 1) / 2;
        System.out.println("sum " + sum.get());
        if (sum.get() != expected) {
            throw new AssertionError("events lost: sum " + sum.get() + ", expected " + expected);
        }
    }
}
