package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.time.Duration;

/**
 * Check-then-act across a blocking call: each withdrawal checks the balance, makes a blocking
 * call (an audit, here a short sleep), then debits. Two withdrawals that both check before either
 * debits overdraw the account. The fix is {@link OverdraftFixed}: check and debit under one lock.
 */
public final class OverdraftBug {

    private static int balance = 100;

    private OverdraftBug() {
    }

    static void withdraw(int amount) throws InterruptedException {
        if (balance >= amount) {
            Thread.sleep(Duration.ofMillis(1)); // audit log: a blocking call
            balance -= amount;
        }
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            group.fork(() -> withdraw(80));
            group.fork(() -> withdraw(80));
        }
        if (balance < 0) {
            throw new AssertionError("overdrawn: balance is " + balance);
        }
    }
}
