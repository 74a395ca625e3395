package dev.interleave.realworld.caffeine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded Caffeine cache in front of a slow price lookup, asked for one item by three requests at
 * once. {@code Cache.get(key, loader)} computes atomically: the later requests wait for the load in
 * flight, so the slow lookup runs once. {@link PriceCacheBug} checks then acts around the cache.
 */
public final class PriceCacheFixed {

    private PriceCacheFixed() {
    }

    public static void main(String[] args) throws Exception {
        Cache<String, Integer> prices = Caffeine.newBuilder().maximumSize(100).build();
        AtomicInteger loads = new AtomicInteger();
        ExecutorService requests = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(requests.submit(() -> prices.get("tea", item -> {
                    loads.incrementAndGet();
                    PriceService.lookUp();
                    return item.length() * 10;
                })));
            }
            for (Future<Integer> answer : answers) {
                if (answer.get() != 30) {
                    throw new AssertionError("wrong price " + answer.get());
                }
            }
        } finally {
            requests.shutdown();
        }
        System.out.println("price looked up " + loads.get() + " time(s)");
        if (loads.get() != 1) {
            throw new AssertionError("the slow price lookup ran " + loads.get() + " times for one item, expected once");
        }
    }

    /** The slow pricing service both programs call. */
    static final class PriceService {
        private PriceService() {
        }

        static void lookUp() {
            try {
                Thread.sleep(Duration.ofMillis(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
