package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;
import java.time.Duration;

/**
 * The fix for {@link OverdraftBug}: {@code withdraw} is {@code synchronized}, so the check, the
 * 1 ms fraud check and the debit are one atomic step. Bob's withdrawal waits for the monitor
 * until Alice's has debited, then sees 20 and is refused; the balance never goes negative.
 */
public final class OverdraftFixed {

    private OverdraftFixed() {
    }

    static final class Account {
        private int balance;

        Account(int balance) {
            this.balance = balance;
        }

        synchronized boolean withdraw(int amount) throws InterruptedException {
            if (balance < amount) {
                return false;
            }
            Thread.sleep(Duration.ofMillis(1)); // the fraud check, now under the account's monitor
            balance -= amount;
            return true;
        }

        synchronized int balance() {
            return balance;
        }
    }

    public static void main(String[] args) {
        Account account = new Account(100);
        try (var group = new TaskGroup()) {
            group.fork("alice", () -> {
                System.out.println("alice: " + account.withdraw(80));
            });
            group.fork("bob", () -> {
                Thread.sleep(Duration.ofMillis(1)); // Bob's request arrives 1 ms later
                System.out.println("bob: " + account.withdraw(50));
            });
        }
        if (account.balance() < 0) {
            throw new AssertionError("overdrawn: balance is " + account.balance() + ", invariant balance >= 0");
        }
        System.out.println("balance " + account.balance());
    }
}
