package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/**
 * SCTBench's "account" pattern: a deposit and a withdrawal update one balance with an unguarded
 * read-modify-write, so one update can overwrite the other. Needs a switch between two plain
 * field accesses (preemptive scheduling points). {@link AccountFixed} makes both synchronized.
 */
public final class Account implements Subject {

    private int balance = 100;

    void deposit(int amount) {
        int read = balance;
        balance = read + amount;
    }

    void withdraw(int amount) {
        int read = balance;
        balance = read - amount;
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("deposit", () -> deposit(50)).start("withdraw", () -> withdraw(30)).join();
        Workers.check(balance == 120, "balance " + balance + ", expected 120: an update was lost");
    }
}
