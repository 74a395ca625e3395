package dev.interleave.internal.runtime;

import dev.interleave.bridge.ClassInitialization;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * Method and var handles to a static field that initialize the field's class first, at every use,
 * as the JVM's own handles do for a class not yet initialized. The JVM's handles cannot: to the
 * JVM, a program class whose initializer the runtime runs per execution is initialized already,
 * so its handles read whatever the field holds, the default before this execution's initializer.
 * After the first use in an execution the check is one lookup, as in the program's own guards.
 */
final class InitializingHandles {

    /** {@code ClassInitialization.initialized(Class)}: initializes the class and returns it. */
    private static final MethodHandle INITIALIZED;

    static {
        try {
            INITIALIZED = MethodHandles.publicLookup().findStatic(ClassInitialization.class, "initialized",
                    MethodType.methodType(Class.class, Class.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private InitializingHandles() {
    }

    static MethodHandle of(MethodHandle handle, Class<?> declaring) {
        MethodHandle initialize = MethodHandles.dropReturn(MethodHandles.insertArguments(INITIALIZED, 0, declaring));
        return MethodHandles.foldArguments(handle, initialize);
    }

    /**
     * The handle gets a dummy coordinate that a filter computes, initializing the class as it does,
     * and then drops: a static field's handle has no coordinate of its own to hang the check on.
     */
    static VarHandle of(VarHandle handle, Class<?> declaring) {
        VarHandle withDummy = MethodHandles.dropCoordinates(handle, 0, Class.class);
        return MethodHandles.collectCoordinates(withDummy, 0, MethodHandles.insertArguments(INITIALIZED, 0, declaring));
    }
}
