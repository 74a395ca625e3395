package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.locks.ReentrantLock;

/**
 * SCTBench's "two-stage" pattern: a writer sets stage one under one lock, releases it, and sets
 * stage two (derived from stage one) under another; a reader that runs between the two stages
 * sees them inconsistent. Needs a switch at a lock release or acquire that does not block (sync).
 */
public final class TwoStage implements Subject {

    private final ReentrantLock first = new ReentrantLock();
    private final ReentrantLock second = new ReentrantLock();
    private int stageOne;
    private int stageTwo;

    void write() {
        first.lock();
        stageOne = 1;
        first.unlock();
        second.lock();
        stageTwo = stageOne + 1;
        second.unlock();
    }

    void read() {
        first.lock();
        int one = stageOne;
        first.unlock();
        if (one == 0) {
            return;
        }
        second.lock();
        int two = stageTwo;
        second.unlock();
        Workers.check(two == one + 1, "stage two is " + two + " while stage one is " + one);
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("writer", this::write).start("reader", this::read).join();
    }
}
