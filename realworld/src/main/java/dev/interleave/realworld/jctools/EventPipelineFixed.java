package dev.interleave.realworld.jctools;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jctools.queues.MpscArrayQueue;

/**
 * Two producers feed events 1..20 each into a JCTools {@code MpscArrayQueue}; one consumer drains it
 * until both producers are done. The consumer reads "both done" before its last drain, so an event
 * offered before a producer said it was done is always drained. {@link EventPipelineBug} checks
 * after draining instead.
 */
public final class EventPipelineFixed {

    static final int EVENTS = 20;

    private EventPipelineFixed() {
    }

    static Thread producer(MpscArrayQueue<Integer> queue, AtomicInteger done) {
        return Thread.ofPlatform().start(() -> {
            for (int i = 1; i <= EVENTS; i++) {
                while (!queue.offer(i)) {
                    Thread.yield(); // full: let the consumer drain
                }
            }
            done.incrementAndGet();
        });
    }

    public static void main(String[] args) throws Exception {
        MpscArrayQueue<Integer> queue = new MpscArrayQueue<>(8);
        AtomicInteger done = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        Thread first = producer(queue, done);
        Thread second = producer(queue, done);
        while (true) {
            boolean finished = done.get() == 2;
            queue.drain(sum::addAndGet);
            if (finished) {
                break;
            }
            Thread.yield();
        }
        first.join();
        second.join();
        long expected = 2L * EVENTS * (EVENTS + 1) / 2;
        System.out.println("sum " + sum.get());
        if (sum.get() != expected) {
            throw new AssertionError("events lost: sum " + sum.get() + ", expected " + expected);
        }
    }
}
