package dev.interleave.examples.classic;

import java.util.concurrent.CompletableFuture;

/** {@link RacingContinuationsBug} fixed: the two stages' results are combined, not written to one variable. */
public final class RacingContinuationsFixed {

    private RacingContinuationsFixed() {
    }

    public static void main(String[] args) {
        CompletableFuture<Integer> price = CompletableFuture.supplyAsync(() -> 40);
        CompletableFuture<Integer> tax = price.thenApplyAsync(p -> {
            Thread.yield();
            return p / 10;
        });
        CompletableFuture<Integer> base = price.thenApplyAsync(p -> {
            Thread.yield();
            return p;
        });
        int total = tax.thenCombine(base, Integer::sum).join();
        if (total != 44) {
            throw new AssertionError("total is " + total + ", not 44");
        }
    }
}
