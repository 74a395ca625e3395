package dev.interleave.internal.runtime;

/**
 * Numbers objects by first mention, for step footprints: a strategy's own numbering, apart from
 * the names traces show (see {@link ObjectNames}), so that a trace reads the same whether or not
 * its strategy reads footprints.
 */
final class ObjectIds {

    private final ObjectTable<Integer> ids;

    ObjectIds(ObjectTables objects) {
        this.ids = objects.newTable();
    }

    /** The object's number: 1 for the first object numbered in this execution, and so on. */
    int number(Object object) {
        Integer number = ids.get(object);
        return number != null ? number : ids.put(object, ids.size() + 1);
    }

    /** How many objects have been numbered so far. */
    int count() {
        return ids.size();
    }
}
