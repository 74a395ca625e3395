package dev.interleave.internal.runtime;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Names objects for traces and reports by class and order of first mention ({@code Object#1},
 * {@code ReentrantLock#2}), since identity hash codes differ from run to run. One scheme
 * everywhere: a JDK lock, semaphore or latch and the synchronizer inside it that its blocked tasks
 * park on are one object with one name, so a row that takes {@code ReentrantLock#2} and a deadlock
 * that waits for it say the same; a lambda's or hidden class's name drops the address the JVM gives
 * it, which differs from JVM to JVM.
 */
final class ObjectNames {

    private record Name(String text) {
    }

    private final ObjectTable<Name> names;

    ObjectNames(ObjectTables objects) {
        this.names = objects.newTable();
    }

    String of(Object object) {
        if (object == null) {
            return "";
        }
        Object state = lockState(object);
        Object key = state != null ? state : object;
        Name name = names.get(key);
        return (name != null ? name : names.put(key, new Name(typeName(object) + "#" + (names.size() + 1)))).text();
    }

    /** The synchronizer of a JDK lock, semaphore or latch (not of a read or write half), else null. */
    private static Object lockState(Object object) {
        if (ConcurrentClasses.kind(object.getClass()) != ConcurrentClasses.Kind.LOCK
                || object instanceof ReentrantReadWriteLock.ReadLock || object instanceof ReentrantReadWriteLock.WriteLock) {
            return null;
        }
        return ConcurrentClasses.stateOf(object);
    }

    /** A class's name as a trace shows it; a JDK lock's synchronizer met first is named as its lock. */
    private static String typeName(Object object) {
        Class<?> type = object.getClass();
        Class<?> outer = type.getEnclosingClass();
        if (type.getClassLoader() == null && outer != null && ParkBlockers.queuesTasks(object)
                && ConcurrentClasses.kind(outer) == ConcurrentClasses.Kind.LOCK) {
            type = outer;
        }
        if (type.isArray()) {
            return type.getSimpleName();
        }
        String name = type.getName();
        int hidden = name.indexOf('/');
        return name.substring(name.lastIndexOf('.', hidden < 0 ? name.length() : hidden) + 1,
                hidden < 0 ? name.length() : hidden);
    }
}
