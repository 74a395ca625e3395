package dev.interleave.examples.sync;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/** {@code sun.misc.Unsafe}, as lock-free libraries (JCTools, Agrona, Netty) reach it. */
final class Unsafes {

    static final Unsafe UNSAFE = unsafe();

    private Unsafes() {
    }

    @SuppressWarnings("removal")
    static long offset(Class<?> type, String field) {
        try {
            return UNSAFE.objectFieldOffset(type.getDeclaredField(field));
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Unsafe unsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
