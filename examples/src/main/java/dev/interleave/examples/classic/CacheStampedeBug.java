package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cache stampede: readers that miss the cache all run the slow load, instead of one loading and
 * the others waiting for it. Here the load must run once. {@link CacheStampedeFixed} caches the
 * pending load itself (a future), so later readers wait for the first one's.
 */
public final class CacheStampedeBug {

    private static final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();
    private static final AtomicInteger loads = new AtomicInteger();

    private CacheStampedeBug() {
    }

    static String load(String key) throws InterruptedException {
        loads.incrementAndGet();
        Thread.sleep(Duration.ofMillis(50)); // a slow query
        return key.toUpperCase();
    }

    static String get(String key) throws InterruptedException {
        String value = cache.get(key);
        if (value == null) {
            value = load(key);
            cache.put(key, value);
        }
        return value;
    }

    public static void main(String[] args) {
        try (var group = new TaskGroup()) {
            for (int i = 0; i < 3; i++) {
                group.fork(() -> get("report"));
            }
        }
        if (loads.get() != 1) {
            throw new AssertionError("the slow load ran " + loads.get() + " times");
        }
    }
}
