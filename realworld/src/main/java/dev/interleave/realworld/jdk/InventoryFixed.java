package dev.interleave.realworld.jdk;

import java.time.Duration;
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
 * An inventory in a {@code ConcurrentHashMap}: orders are priced and then reserved on an executor
 * through {@code CompletableFuture}s, while a scheduled pool restocks every 10 ms. A reservation
 * takes stock in one atomic {@code compute}, so nothing is ever sold twice: sold + left = stocked.
 * {@link InventoryBug} checks the stock, waits for the price, then writes.
 */
public final class InventoryFixed {

    static final int ORDERS = 4;

    private InventoryFixed() {
    }

    /** The pricing service: slow, so an order waits for it before it reserves. */
    static int price(String item) {
        try {
            Thread.sleep(Duration.ofMillis(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return item.length();
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<String, Integer> stock = new ConcurrentHashMap<>();
        stock.put("tea", 2);
        AtomicInteger sold = new AtomicInteger();
        AtomicInteger restocked = new AtomicInteger();
        ExecutorService shop = Executors.newFixedThreadPool(2);
        ScheduledExecutorService supplier = Executors.newSingleThreadScheduledExecutor();
        try {
            supplier.scheduleAtFixedRate(() -> {
                if (restocked.get() < 2) {
                    stock.merge("tea", 1, Integer::sum);
                    restocked.incrementAndGet();
                }
            }, 10, 10, TimeUnit.MILLISECONDS);
            List<CompletableFuture<Boolean>> orders = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                orders.add(CompletableFuture.supplyAsync(() -> price("tea"), shop)
                        .thenApplyAsync(price -> {
                            boolean[] taken = {false};
                            stock.compute("tea", (item, left) -> {
                                taken[0] = left > 0;
                                return taken[0] ? left - 1 : left;
                            });
                            if (taken[0]) {
                                sold.incrementAndGet();
                            }
                            return taken[0];
                        }, shop));
            }
            CompletableFuture.allOf(orders.toArray(CompletableFuture[]::new)).join();
        } finally {
            supplier.shutdownNow();
            shop.shutdown();
        }
        int left = stock.get("tea");
        System.out.println("sold " + sold.get() + ", left " + left + ", restocked " + restocked.get());
        if (sold.get() + left != 2 + restocked.get()) {
            throw new AssertionError("oversold: sold " + sold.get() + " and " + left + " left of " + (2 + restocked.get()) + " stocked");
        }
    }
}
