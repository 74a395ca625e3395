package dev.interleave.internal.runtime;

import dev.interleave.DataRace;
import dev.interleave.internal.strategy.Locations;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import jdk.internal.misc.Unsafe;

/**
 * Where an atomic access through {@code Unsafe}, a {@code VarHandle}, a field updater or an atomic
 * array lands, named as the memory model names the locations of field and array instructions: the
 * field of an object (or the static field, held by its class) whose offset it is, or an array
 * element. So a field written by a compare-and-set and read by a plain {@code getfield} is one
 * location, for the race detector and for step footprints alike. The JDK's handles keep the offset
 * they access in private fields, read here.
 */
final class AtomicTargets {

    /**
     * A location: {@code key} within {@code holder} (a field's key, see {@link FieldKeys}, or an
     * element's index), its footprint {@code slot}, and the field for reports (null for an element,
     * named when shown).
     */
    record Target(Object holder, Object key, int slot, DataRace.Field field) {
    }

    private record FieldKey(String key, int slot, DataRace.Field field) {
    }

    private static final Unsafe UNSAFE = Unsafe.getUnsafe();

    /** Per class, its instance fields (its own and inherited) by offset. */
    private static final ClassValue<Map<Long, FieldKey>> INSTANCE_FIELDS = new ClassValue<>() {
        @Override
        protected Map<Long, FieldKey> computeValue(Class<?> type) {
            Map<Long, FieldKey> fields = new HashMap<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        fields.putIfAbsent(UNSAFE.objectFieldOffset(field), key(field));
                    }
                }
            }
            return fields;
        }
    };

    /** Per class, its own static fields by offset. */
    private static final ClassValue<Map<Long, FieldKey>> STATIC_FIELDS = new ClassValue<>() {
        @Override
        protected Map<Long, FieldKey> computeValue(Class<?> type) {
            Map<Long, FieldKey> fields = new HashMap<>();
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    fields.put(UNSAFE.staticFieldOffset(field), key(field));
                }
            }
            return fields;
        }
    };

    /**
     * How a kind of {@code VarHandle} (or field updater) names its location, by the offsets of its
     * private fields: that of the field offset it accesses ({@code fieldOffset}, an updater's
     * {@code offset}) and, for a static field, that of its base (the class); or an array element's.
     * Read with {@code Unsafe}: lookups into {@code java.lang.invoke} are refused even where it is open.
     */
    private record HandleShape(long offset, long base, boolean array) {
        static final HandleShape UNKNOWN = new HandleShape(-1, -1, false);
    }

    private static final ClassValue<HandleShape> SHAPES = new ClassValue<>() {
        @Override
        protected HandleShape computeValue(Class<?> type) {
            if (type.getName().startsWith("java.lang.invoke.")) {
                long offset = fieldOffset(type, "fieldOffset", long.class);
                if (offset >= 0) {
                    return new HandleShape(offset, fieldOffset(type, "base", Object.class), false);
                }
                return fieldOffset(type, "abase", int.class) >= 0 ? new HandleShape(-1, -1, true) : HandleShape.UNKNOWN;
            }
            long offset = fieldOffset(type, "offset", long.class); // a field updater of java.util.concurrent.atomic
            return offset >= 0 ? new HandleShape(offset, -1, false) : HandleShape.UNKNOWN;
        }
    };

    private AtomicTargets() {
    }

    /** The location of {@code offset} in {@code holder}, or null when it names none that is known. */
    static Target unsafe(Object holder, long offset) {
        try {
            return unsafeTarget(holder, offset);
        } catch (RuntimeException e) {
            return null; // a holder of a kind not foreseen: the access is taken to touch everything
        }
    }

    private static Target unsafeTarget(Object holder, long offset) {
        if (holder == null) {
            return null;
        }
        Class<?> type = holder.getClass();
        if (type.isArray()) {
            long index = (offset - UNSAFE.arrayBaseOffset(type)) / UNSAFE.arrayIndexScale(type);
            return index < 0 || index > Integer.MAX_VALUE ? null : element(holder, (int) index);
        }
        FieldKey field = holder instanceof Class<?> c ? STATIC_FIELDS.get(c).get(offset) : null;
        if (field == null) {
            field = INSTANCE_FIELDS.get(type).get(offset);
        }
        return field == null ? null : new Target(holder, field.key(), field.slot(), field.field());
    }

    /**
     * The location an access through {@code handle} lands on: a {@code VarHandle} (of a field or
     * array element, with its first coordinate and, for an element, its index), a field updater
     * (with the object whose field it updates) or an atomic array (with the index); or null.
     */
    static Target handle(Object handle, Object holder, int index) {
        try {
            return handleTarget(handle, holder, index);
        } catch (RuntimeException e) {
            return null; // a handle of a shape not foreseen: the access is taken to touch everything
        }
    }

    private static Target handleTarget(Object handle, Object holder, int index) {
        if (handle.getClass().getName().startsWith("java.util.concurrent.atomic.Atomic")
                && handle.getClass().getName().endsWith("Array")) {
            return element(handle, index);
        }
        HandleShape shape = SHAPES.get(handle.getClass());
        if (shape.array()) {
            return holder == null || !holder.getClass().isArray() ? null : element(holder, index);
        }
        if (shape.offset() < 0) {
            return null;
        }
        long offset = UNSAFE.getLong(handle, shape.offset());
        return unsafeTarget(shape.base() >= 0 ? UNSAFE.getReference(handle, shape.base()) : holder, offset);
    }

    private static Target element(Object array, int index) {
        return new Target(array, index, Locations.element(index), null);
    }

    private static FieldKey key(Field field) {
        String key = FieldKeys.key(FieldKeys.simpleName(field.getDeclaringClass()), field.getName());
        return new FieldKey(key, FieldSlots.ofName(field.getName()),
                new DataRace.Field(field.getDeclaringClass().getName(), field.getName()));
    }

    /** The offset of a field of {@code type} (or a superclass) by name and type, or -1. */
    private static long fieldOffset(Class<?> type, String name, Class<?> fieldType) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name) && field.getType() == fieldType && !Modifier.isStatic(field.getModifiers())) {
                    return UNSAFE.objectFieldOffset(field);
                }
            }
        }
        return -1;
    }
}
