package dev.interleave.junit;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loaders that a sample's executions ran in, by test. Its package is one Interleave
 * never loads afresh, so every execution sees this one copy.
 */
public final class LoadersSeen {

    private static final Map<String, Set<ClassLoader>> SEEN = new ConcurrentHashMap<>();

    private LoadersSeen() {
    }

    public static void record(String test, ClassLoader loader) {
        SEEN.computeIfAbsent(test, key -> Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>())))
                .add(loader);
    }

    static int count(String test) {
        return SEEN.getOrDefault(test, Set.of()).size();
    }

    static void clear() {
        SEEN.clear();
    }
}
