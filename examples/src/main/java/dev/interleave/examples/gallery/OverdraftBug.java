package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;
import java.time.Duration;

/**
 * Check-then-act across a blocking call: {@code withdraw} checks the balance, waits 1 ms for a
 * fraud check, and only then subtracts. Alice withdraws 80 at once and Bob withdraws 50 one
 * millisecond later, the very instant Alice's fraud check ends; if Bob's balance check runs before
 * Alice's debit, both see 100 and the account ends at -30. {@link OverdraftFixed} holds the
 * account's monitor from the check to the debit.
 */
public final class OverdraftBug {

    private OverdraftBug() {
    }

    static final class Account {
        private int balance;

        Account(int balance) {
            this.balance = balance;
        }

        boolean withdraw(int amount) throws InterruptedException {
            if (balance < amount) {
                return false;
            }
            Thread.sleep(Duration.ofMillis(1)); // the fraud check: a blocking call
            balance -= amount;
            return true;
        }

        int balance() {
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
