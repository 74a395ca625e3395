package dev.interleave.realworld.jdk;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seeded bug: check-then-act on a {@code ConcurrentHashMap} across a future. An order reads the
 * stock, waits for its price ({@code CompletableFuture.join}), then writes the stock it read minus
 * one. Two orders that read the same stock sell the same item twice: more is sold than was ever
 * stocked. {@link InventoryFixed} reserves in one {@code compute}.
 */
public final class InventoryBug {

    private InventoryBug() {
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> stock = new ConcurrentHashMap<>();
        stock.put("tea", 2);
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger restocked = new AtomicInteger();
        ExecutorService shop = Executors.newFixedThreadPool(2);
        ExecutorService pricing = Executors.newFixedThreadPool(2);
        ScheduledExecutorService supplier = Executors.newSingleThreadScheduledExecutor();
        try {
            supplier.scheduleAtFixedRate(() -> {
                if (restocked.get() < 2) {
                    stock.merge("tea", 1, Integer::sum);
                    restocked.incrementAndGet();
                }
            }, 10, 10, TimeUnit.MILLISECONDS);
            List<CompletableFuture<Boolean>> orders = new ArrayList<>();
            for (int i = 0; i < InventoryFixed.ORDERS; i++) {
                orders.add(CompletableFuture.supplyAsync(() -> {
                    int left = stock.get("tea");
                    if (left == 0) {
                        return false;
                    }
                    CompletableFuture.supplyAsync(() -> InventoryFixed.price("tea"), pricing).join();
                    stock.put("tea", left - 1);
                    sold.incrementAndGet();
                    return true;
                }, shop));
            }
            CompletableFuture.allOf(orders.toArray(CompletableFuture[]::new)).join();
        } finally {
            supplier.shutdownNow();
            pricing.shutdown();
            shop.shutdown();
        }
        int left = stock.get("tea");
        System.out.println("sold " + sold.get() + ", left " + left + ", restocked " + restocked.get());
        if (sold.get() + left != 2 + restocked.get()) {
            throw new AssertionError("oversold: sold " + sold.get() + " and " + left + " left of " + (2 + restocked.get()) + " stocked");
        }
    }
}
