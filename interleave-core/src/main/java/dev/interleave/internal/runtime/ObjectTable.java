package dev.interleave.internal.runtime;

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

    /**
     * Gives an object without a value here its value. Callers look up, then put, rather than pass
     * a function: see the package's note on call sites.
     */
    V put(Object object, V value) {
        Object[] values = tables.values(object, true);
        if (index >= values.length) {
            values = tables.widened(object, values);
        }
        values[index] = value;
        size++;
        return value;
    }

    /** How many objects have a value here. */
    int size() {
        return size;
    }
}
