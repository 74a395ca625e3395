package dev.interleave.runtime;


/**
 * Names objects for traces and reports by class and order of first mention ({@code
 * ReentrantLock$NonfairSync#1}), since identity hash codes differ from run to run. The number
 * alone identifies an object in step footprints.
 */
final class ObjectNames {

    private record Name(int number, String text) {
    }

    private final ObjectTable<Name> names;

    ObjectNames(ObjectTables objects) {
        this.names = objects.newTable();
    }

    String of(Object object) {
        return object == null ? "" : name(object).text();
    }

    /** The object's number: 1 for the first object named in this execution, and so on. */
    int number(Object object) {
        return name(object).number();
    }

    /** How many objects have been named so far. */
    int count() {
        return names.size();
    }

    private Name name(Object object) {
        return names.computeIfAbsent(object,
                o -> new Name(names.size() + 1, simpleName(o.getClass()) + "#" + (names.size() + 1)));
    }

    private static String simpleName(Class<?> type) {
        if (type.isArray()) {
            return type.getSimpleName();
        }
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
