package dev.interleave.examples.gallery;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The fix for {@link ContinuationOrderBug}: the receipt stage is chained after the stage that
 * stores the total ({@code stored.thenRunAsync}), not beside it, so the dependency the code relies
 * on is a dependency between stages and holds on every schedule.
 */
public final class ContinuationOrderFixed {

    private ContinuationOrderFixed() {
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
            CompletableFuture<Void> printed = stored.thenRunAsync(() -> order.receipt = "total: " + order.total, pool);
            printed.join();
        }
        if (!"total: 42".equals(order.receipt)) {
            throw new AssertionError("receipt printed before the total was stored: \"" + order.receipt
                    + "\", expected \"total: 42\"");
        }
        System.out.println(order.receipt);
    }
}
