package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "token ring" pattern: three stations pass one token round a ring of slots; a move
 * takes the token out of one slot, sends it (a yield) and puts it into the next. An auditor that
 * counts the tokens in between finds none. The auditor starts first, so asyncio's order passes;
 * a switch at the yield (cooperative) shows the bug.
 */
public final class TokenRing implements Subject {

    private final int[] slots = {1, 0, 0, 0};

    void move(int station) {
        while (slots[station] == 0) {
            Thread.yield();
        }
        slots[station] = 0;
        Thread.yield(); // on the wire
        slots[station + 1] = 1;
    }

    void audit() {
        int tokens = 0;
        for (int slot : slots) {
            tokens += slot;
        }
        Workers.check(tokens == 1, "the auditor counted " + tokens + " tokens, not 1");
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        Workers workers = new Workers(kind).start("auditor", this::audit);
        for (int station = 0; station < 3; station++) {
            int s = station;
            workers.start("station-" + s, () -> move(s));
        }
        workers.join();
    }
}
