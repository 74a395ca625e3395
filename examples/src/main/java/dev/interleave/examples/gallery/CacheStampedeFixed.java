package dev.interleave.examples.gallery;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fix for {@link CacheStampedeBug}: the cache maps each key to a {@link Future} of its
 * price. The first request publishes a {@link FutureTask} with {@code putIfAbsent} and runs it;
 * any later request finds that future, loaded or still loading, and waits on it, so the loader
 * runs exactly once per key.
 */
public final class CacheStampedeFixed {

    private CacheStampedeFixed() {
    }

    static final class PriceCache {
        private final ConcurrentHashMap<String, Future<Integer>> prices = new ConcurrentHashMap<>();
        private final AtomicInteger loads = new AtomicInteger();

        int price(String item) throws InterruptedException, ExecutionException {
            Future<Integer> price = prices.get(item);
            if (price == null) {
                FutureTask<Integer> load = new FutureTask<>(() -> load(item));
                price = prices.putIfAbsent(item, load);
                if (price == null) {
                    price = load;
                    load.run(); // this request won: it loads, the others wait on its future
                }
            }
            return price.get();
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
