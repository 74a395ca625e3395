package dev.interleave.internal.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The runtime's per-object state of one execution (a monitor's model, the memory model's record of
 * an object, a race detector's clock, a name in a trace): one array of values per object, one slot
 * in it for each {@link ObjectTable}.
 *
 * <p>Objects are told apart by identity, and under {@code -XX:hashCode=2} (which makes hash sets
 * of objects iterate the same in every run) every identity hash code is the same, so an identity
 * map slows with every object in it. So an object of a program class keeps its array in a field of
 * its own that the agent adds ({@code ObjectStateSlot}), marked with the execution it belongs to;
 * only arrays and the JDK's objects go to a map, with the last few looked up kept at hand.
 */
final class ObjectTables {

    /** The field the agent adds to the program's classes (the agent's ObjectStateSlot.FIELD). */
    static final String FIELD = "$interleave$state";

    /**
     * What an object's field holds: whose values these are (the execution's token: an object that
     * outlives its execution must not keep the execution's tables alive), and the values.
     */
    private static final class Entry {
        final Object owner;
        Object[] values;

        Entry(Object owner, int size) {
            this.owner = owner;
            this.values = new Object[size];
        }
    }

    /** The getter ({@code (Object)Object}) and setter ({@code (Object,Object)void}) of a class's field, or none. */
    private record Slot(MethodHandle get, MethodHandle set) {
    }

    private static final Slot NONE = new Slot(null, null);
    private static final ClassValue<Slot> SLOTS = new ClassValue<>() {
        @Override
        protected Slot computeValue(Class<?> type) {
            return slotOf(type);
        }
    };

    /** This execution's mark on the entries it owns. */
    private final Object token = new Object();
    private final Map<Object, Object[]> others = new IdentityHashMap<>();
    private final Object[] recentKeys = new Object[8];
    private final Object[][] recentValues = new Object[8][];
    private int recentNext;
    private int tables;

    /** A new table of this execution's objects. */
    <V> ObjectTable<V> newTable() {
        return new ObjectTable<>(this, tables++);
    }

    /** The object's values, or null when none was ever set and {@code create} is false. */
    Object[] values(Object object, boolean create) {
        Slot slot = SLOTS.get(object.getClass());
        if (slot != NONE) {
            return fromField(object, slot, create);
        }
        for (int i = 0; i < recentKeys.length; i++) {
            if (recentKeys[i] == object) {
                return recentValues[i];
            }
        }
        Object[] values = others.get(object);
        if (values == null) {
            if (!create) {
                return null;
            }
            values = new Object[tables];
            others.put(object, values);
        }
        recentKeys[recentNext] = object;
        recentValues[recentNext] = values;
        recentNext = (recentNext + 1) % recentKeys.length;
        return values;
    }

    /** A table made after an object's values were: the array is too short for it. */
    Object[] widened(Object object, Object[] values) {
        Object[] wider = java.util.Arrays.copyOf(values, tables);
        Slot slot = SLOTS.get(object.getClass());
        if (slot != NONE) {
            Entry entry = entryOf(object, slot);
            entry.values = wider;
        } else {
            others.put(object, wider);
            for (int i = 0; i < recentKeys.length; i++) {
                if (recentKeys[i] == object) {
                    recentValues[i] = wider;
                }
            }
        }
        return wider;
    }

    private Object[] fromField(Object object, Slot slot, boolean create) {
        Entry entry = entryOf(object, slot);
        if (entry != null && entry.owner == token) {
            return entry.values;
        }
        if (!create) {
            return null;
        }
        // Nothing yet, or an earlier execution's values (the object outlived it): this execution's now.
        Entry fresh = new Entry(token, tables);
        try {
            slot.set().invokeExact(object, (Object) fresh);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return fresh.values;
    }

    private static Entry entryOf(Object object, Slot slot) {
        try {
            return (Entry) (Object) slot.get().invokeExact(object);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Slot slotOf(Class<?> type) {
        for (Class<?> c = type; c != null && c.getClassLoader() instanceof ProgramClassLoader; c = c.getSuperclass()) {
            try {
                var field = c.getDeclaredField(FIELD);
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
                MethodHandle get = lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
                MethodHandle set = lookup.unreflectSetter(field)
                        .asType(MethodType.methodType(void.class, Object.class, Object.class));
                return new Slot(get, set);
            } catch (NoSuchFieldException e) {
                // a subclass: the field is its root's
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot reach " + FIELD + " of " + c.getName() + ": " + e, e);
            }
        }
        return NONE;
    }
}
