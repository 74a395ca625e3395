package dev.interleave.examples.gallery;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Cache stampede: on a miss, {@code price} runs the slow loader (50 ms) and only then fills the
 * cache, so every request that arrives while a load is in flight misses too and loads again. A
 * request comes at 0 ms and another at 50 ms, the instant the first load ends; if the second
 * looks up the cache before the first stores its value, the loader runs twice. {@link
 * CacheStampedeFixed} caches a per-key {@link java.util.concurrent.FutureTask} before loading,
 * so later requests wait for the one load in flight.
 */
public final class CacheStampedeBug {

    private CacheStampedeBug() {
    }

    static final class PriceCache {
        private final ConcurrentHashMap<String, Integer> prices = new ConcurrentHashMap<>();
        private final AtomicInteger loads = new AtomicInteger();

        int price(String item) throws InterruptedException {
            Integer price = prices.get(item);
            if (price == null) {
                price = load(item);
                prices.put(item, price);
            }
            return price;
        }

        private int load(String item) throws InterruptedException {
            loads.incrementAndGet();
            Thread.sleep(Duration.ofMillis(50)); // the slow query to the pricing service
            return item.length() * 10;
        }

        int loads() {
            return loads.get();
        }
    }

    public static void main(String[] args) throws Exception {
        PriceCache cache = new PriceCache();
        ScheduledExecutorService requests = Executors.newScheduledThreadPool(2);
        try {
            Future<Integer> now = requests.submit(() -> cache.price("tea"));
            Future<Integer> later = requests.schedule(() -> cache.price("tea"), 50, TimeUnit.MILLISECONDS);
            System.out.println("prices " + now.get() + " and " + later.get());
        } finally {
            requests.shutdown();
        }
        if (cache.loads() != 1) {
            throw new AssertionError("cache stampede: the loader ran " + cache.loads() + " times for one key, expected once");
        }
    }
}
