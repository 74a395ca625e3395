package dev.interleave.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Map;

/**
 * The JDK keeps an enum's constants in its {@code Class} ({@code values()} once read, and the
 * by-name map behind {@code Enum.valueOf}, {@code EnumSet} and {@code EnumMap}). An enum whose
 * initializer runs again in a new execution makes new constants, so those caches are cleared then:
 * else {@code Color.valueOf("RED")} would answer an earlier execution's {@code RED}, not the
 * {@code Color.RED} of this one.
 */
final class EnumCaches {

    private static final VarHandle CONSTANTS;
    private static final VarHandle DIRECTORY;

    static {
        JdkInternals.check();
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Class.class, MethodHandles.lookup());
            CONSTANTS = lookup.findVarHandle(Class.class, "enumConstants", Object[].class);
            DIRECTORY = lookup.findVarHandle(Class.class, "enumConstantDirectory", Map.class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this JDK's enum caches are not as Interleave expects: " + e, e);
        }
    }

    private EnumCaches() {
    }

    /** Forgets the constants the JDK cached for {@code type}, when it is an enum. */
    static void clear(Class<?> type) {
        if (type.isEnum()) {
            CONSTANTS.setVolatile(type, (Object[]) null);
            DIRECTORY.setVolatile(type, (Map<?, ?>) null);
        }
    }
}
