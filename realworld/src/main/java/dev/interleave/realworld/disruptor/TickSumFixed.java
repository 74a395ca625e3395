package dev.interleave.realworld.disruptor;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two producers publish three price ticks each into an LMAX Disruptor ring of eight slots; one
 * handler sums them. The Disruptor publishes a slot with plain writes ordered by
 * {@code VarHandle} fences ({@code Sequence.set}: a release fence, then the write; {@code get}: the
 * read, then an acquire fence), which a checker that ignores fences reports as a data race.
 */
public final class TickSumFixed {

    /** A slot of the ring, reused for every tick that passes through it. */
    static final class Tick {
        long price;
    }

    private TickSumFixed() {
    }

    public static void main(String[] args) throws Exception {
        AtomicLong sum = new AtomicLong();
        CountDownLatch handled = new CountDownLatch(6);
        Disruptor<Tick> disruptor = new Disruptor<>(Tick::new, 8, Thread.ofPlatform().factory(), ProducerType.MULTI,
                new BlockingWaitStrategy());
        disruptor.handleEventsWith((tick, sequence, endOfBatch) -> {
            sum.addAndGet(tick.price);
            handled.countDown();
        });
        RingBuffer<Tick> ring = disruptor.start();
        Thread[] producers = new Thread[2];
        for (int p = 0; p < producers.length; p++) {
            producers[p] = Thread.ofPlatform().start(() -> {
                for (long price = 1; price <= 3; price++) {
                    long published = price;
                    ring.publishEvent((tick, sequence) -> tick.price = published);
                }
            });
        }
        for (Thread producer : producers) {
            producer.join();
        }
        handled.await();
        disruptor.shutdown();
        System.out.println("sum " + sum.get());
        if (sum.get() != 12) {
            throw new AssertionError("the handler summed " + sum.get() + ", the producers published 12");
        }
    }
}
