package dev.interleave.examples.classic;

import dev.interleave.TaskGroup;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link CacheStampedeBug} fixed: the first reader puts a pending load in the cache and runs it; the others wait for it. */
public final class CacheStampedeFixed {

    private static final ConcurrentHashMap<String, FutureTask<String>> cache = new ConcurrentHashMap<>();
    private static final AtomicInteger loads = new AtomicInteger();

    private CacheStampedeFixed() {
    }

    static String load(String key) throws InterruptedException {
        loads.incrementAndGet();
        Thread.sleep(Duration.ofMillis(50));
        return key.toUpperCase();
    }

    static String get(String key) throws InterruptedException, ExecutionException {
        FutureTask<String> mine = new FutureTask<>(() -> load(key));
        FutureTask<String> pending = cache.putIfAbsent(key, mine);
        if (pending == null) {
            mine.run();
            return mine.get();
        }
        return pending.get();
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
