package dev.interleave.realworld.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seeded bug: check-then-act around a Caffeine cache. On a miss each request looks the price up
 * itself and puts it, so every request that misses while a lookup is in flight looks it up again
 * (a cache stampede). {@link PriceCacheFixed} lets the cache compute the value atomically.
 */
public final class PriceCacheBug {

    private PriceCacheBug() {
    }

    public static void main(String[] args) throws Exception {
        Cache<String, Integer> prices = Caffeine.newBuilder().maximumSize(100).build();
        AtomicInteger loads = new AtomicInteger();
        ExecutorService requests = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(requests.submit(() -> {
                    Integer price = prices.getIfPresent("tea");
                    if (price == null) {
                        loads.incrementAndGet();
                        PriceCacheFixed.PriceService.lookUp();
                        price = "tea".length() * 10;
                        prices.put("tea", price);
                    }
                    return price;
                }));
            }
            for (Future<Integer> answer : answers) {
                answer.get();
            }
        } finally {
            requests.shutdown();
        }
        System.out.println("price looked up " + loads.get() + " time(s)");
        if (loads.get() != 1) {
            throw new AssertionError("cache stampede: the slow price lookup ran " + loads.get() + " times for one item, expected once");
        }
    }
}
