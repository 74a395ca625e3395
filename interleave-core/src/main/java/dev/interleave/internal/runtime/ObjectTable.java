package dev.interleave.internal.runtime;

import java.util.function.Function;

/**
 * One kind of per-object state of an execution, kept in its {@link ObjectTables}: as an identity
 * map would keep it, without the identity hash codes that {@code -XX:hashCode=2} makes all alike.
 */
final class ObjectTable<V> {

    private final ObjectTables tables;
    private final int index;
    private int size;

    ObjectTable(ObjectTables tables, int index) {
        this.tables = tables;
        this.index = index;
    }

    @SuppressWarnings("unchecked")
    V get(Object object) {
        Object[] values = tables.values(object, false);
        return values == null || index >= values.length ? null : (V) values[index];
    }

    V computeIfAbsent(Object object, Function<Object, V> make) {
        V value = get(object);
        if (value == null) {
            value = make.apply(object);
            Object[] values = tables.values(object, true);
            if (index >= values.length) {
                values = tables.widened(object, values);
            }
            values[index] = value;
            size++;
        }
        return value;
    }

    /** How many objects have a value here. */
    int size() {
        return size;
    }
}
