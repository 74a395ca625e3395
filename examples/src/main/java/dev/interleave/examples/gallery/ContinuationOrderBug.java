package dev.interleave.examples.gallery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Racing {@link CompletableFuture} continuations: two async stages hang off the same price, one
 * storing it in the order and one printing the receipt from the order, and the code assumes they
 * run in the order they were registered. They are independent tasks on a pool of two threads, so
 * the receipt may be written before the total is stored and show no total. {@link
 * ContinuationOrderFixed} chains the receipt after the stage that stores the total.
 */
public final class ContinuationOrderBug {

    private ContinuationOrderBug() {
    }

    static final class Order {
        volatile Integer total;
        volatile String receipt;
    }

    public static void main(String[] args) {
        Order order = new Order();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Integer> price = CompletableFuture.supplyAsync(() -> 3 * 14, pool);
            CompletableFuture<Void> stored = price.thenAcceptAsync(total -> {
                Thread.yield(); // save the order
                order.total = total;
            }, pool);
            CompletableFuture<Void> printed = price.thenRunAsync(() -> order.receipt = "total: " + order.total, pool);
            CompletableFuture.allOf(stored, printed).join();
        }
        if (!"total: 42".equals(order.receipt)) {
            throw new AssertionError("receipt printed before the total was stored: \"" + order.receipt
                    + "\", expected \"total: 42\"");
        }
        System.out.println(order.receipt);
    }
}
