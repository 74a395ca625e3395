package dev.interleave.peers.programs;

import dev.interleave.peers.Subject;
import dev.interleave.peers.ThreadKind;
import dev.interleave.peers.Workers;

/** {@link Account} with both updates under the account's monitor: no update is lost. */
public final class AccountFixed implements Subject {

    private int balance = 100;

    synchronized void deposit(int amount) {
        int read = balance;
        balance = read + amount;
    }

    synchronized void withdraw(int amount) {
        int read = balance;
        balance = read - amount;
    }

    @Override
    public void run(ThreadKind kind) throws Exception {
        new Workers(kind).start("deposit", () -> deposit(50)).start("withdraw", () -> withdraw(30)).join();
        Workers.check(balance == 120, "balance " + balance + ", expected 120: an update was lost");
    }
}
