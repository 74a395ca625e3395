package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SCTBench's "two-stage" pattern with {@code threads} threads, as issue 17 measures it:
 * {@code threads - 1} writers each set stage one under one lock, release it, and set stage two
 * (derived from stage one) under another; a reader started last fails when it sees stage one done
 * and stage two not ({@code data1 == 1 && data2 == 0}). Needs a switch at a lock release or
 * acquire that does not block (sync); with many writers the reader must run between the first
 * writer's two stages, before any writer finished its second.
 */
public final class TwoStage implements Subject {

    private final int threads;
    private final ReentrantLock first = new ReentrantLock();
    private final ReentrantLock second = new ReentrantLock();
    private int data1;
    private int data2;

    public TwoStage(int threads) {
        if (threads < 2) {
            throw new IllegalArgumentException("TwoStage needs a writer and the reader, not " + threads + " threads");
        }
        this.threads = threads;
    }

    void write() {
        first.lock();
        data1 = 1;
        first.unlock();
        second.lock();
        data2 = data1 + 1;
        second.unlock();
    }

    void read() {
        first.lock();
        int one = data1;
        first.unlock();
        second.lock();
        int two = data2;
        second.unlock();
        Workers.check(!(one == 1 && two == 0), "stage two is " + two + " while stage one is " + one);
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        Workers workers = new Workers(kind);
        for (int i = 0; i < threads - 1; i++) {
            workers.start("writer-" + i, this::write);
        }
        workers.start("reader", this::read).join();
    }
}
