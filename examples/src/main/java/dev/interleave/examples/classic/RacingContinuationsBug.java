package dev.interleave.examples.classic;

import java.util.concurrent.CompletableFuture;

/**
 * Racing CompletableFuture continuations: two async stages that follow one result each add to a
 * plain total with a read, an await point and a write, and one update is lost.
 * {@link RacingContinuationsFixed} combines the two results instead of sharing a variable.
 */
public final class RacingContinuationsBug {

    private static int total;

    private RacingContinuationsBug() {
    }

    static void add(int amount) {
        int read = total;
        Thread.yield();
        total = read + amount;
    }

    public static void main(String[] args) {
        CompletableFuture<Integer> price = CompletableFuture.supplyAsync(() -> 40);
        CompletableFuture<Void> tax = price.thenAcceptAsync(p -> add(p / 10));
        CompletableFuture<Void> base = price.thenAcceptAsync(RacingContinuationsBug::add);
        CompletableFuture.allOf(tax, base).join();
        if (total != 44) {
            throw new AssertionError("total is " + total + ", not 44: an update was lost");
        }
    }
}
