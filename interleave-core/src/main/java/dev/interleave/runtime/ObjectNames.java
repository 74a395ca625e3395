package dev.interleave.runtime;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Names objects for traces and reports by class and order of first mention ({@code
 * ReentrantLock$NonfairSync#1}), since identity hash codes differ from run to run.
 */
final class ObjectNames {

    private final Map<Object, String> names = new IdentityHashMap<>();

    String of(Object object) {
        if (object == null) {
            return "";
        }
        return names.computeIfAbsent(object, o -> simpleName(o.getClass()) + "#" + (names.size() + 1));
    }

    private static String simpleName(Class<?> type) {
        if (type.isArray()) {
            return type.getSimpleName();
        }
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
