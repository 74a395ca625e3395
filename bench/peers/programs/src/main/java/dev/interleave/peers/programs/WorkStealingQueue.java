package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * SCTBench's "work-stealing queue" pattern: the owner pops at the bottom and a thief steals at
 * the top of a deque with volatile indices, but neither settles the race for the last item with a
 * compare-and-set, so both can take it. Needs switches at volatile accesses (sync).
 */
public final class WorkStealingQueue implements Subject {

    private final int[] items = new int[8];
    private volatile int top;
    private volatile int bottom;
    private final Set<Integer> taken = ConcurrentHashMap.newKeySet();

    void push(int item) {
        int b = bottom;
        items[b] = item;
        bottom = b + 1;
    }

    void pop() {
        int b = bottom - 1;
        bottom = b;
        int t = top;
        if (t <= b) {
            take(items[b]);
        } else {
            bottom = b + 1; // empty: put the index back
        }
    }

    void steal() {
        int t = top;
        if (t < bottom) {
            int item = items[t];
            top = t + 1; // no compare-and-set against the owner's pop
            take(item);
        }
    }

    private void take(int item) {
        Workers.check(taken.add(item), "item " + item + " was taken twice");
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        push(1);
        push(2);
        new Workers(kind).start("owner", () -> {
            pop();
            pop();
        }).start("thief", this::steal).join();
    }
}
