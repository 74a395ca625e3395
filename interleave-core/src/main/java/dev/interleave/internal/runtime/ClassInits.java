package dev.interleave.internal.runtime;

import dev.interleave.InterleaveFault;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * The initialization state of one program class loader's classes, per execution: the loader serves
 * many executions in turn, and each is an epoch in which every class starts uninitialized, its
 * static fields at their defaults, and is initialized at its first use in that execution (the
 * agent's {@code StaticResets} moved each class initializer into a method and guards every use).
 *
 * <p>Initialization follows JLS 12.4.2: the superclass first, then the superinterfaces that declare
 * default methods (their state is their statics holder's, see the agent's InterfaceStatics); a
 * recursive request by the
 * initializing thread proceeds; an initializer that throws makes the class erroneous for the rest
 * of the epoch ({@link ExceptionInInitializerError} first, {@link NoClassDefFoundError} after). As in
 * the JVM, an initializer runs pinned to its carrier: a yield inside it does not switch tasks and a
 * block inside it is reported as blocking while pinned, exactly as when the JVM runs it. So no other
 * task can find a class half initialized; the lock below only matters to threads Interleave does not
 * control, which wait as the JVM would make them wait.
 */
final class ClassInits {

    private static final String RESET = "$interleave$reset";
    private static final String CLINIT = "$interleave$clinit";

    private enum Status { NEW, IN_PROGRESS, DONE, ERRONEOUS }

    /** One class's state; {@code reset} is null for a class that cannot be reset (its JVM initializer ran). */
    private static final class ClassState {
        final Class<?> type;
        final MethodHandle reset;
        final MethodHandle clinit;
        final ClassState superclass;
        /** The statics holders of the superinterfaces with default methods, in the JLS's order. */
        final List<ClassState> interfaces;
        long epoch = -1;
        Status status = Status.NEW;
        Thread initializer;
        Throwable error;

        ClassState(Class<?> type, MethodHandle reset, MethodHandle clinit, ClassState superclass,
                   List<ClassState> interfaces) {
            this.type = type;
            this.reset = reset;
            this.clinit = clinit;
            this.superclass = superclass;
            this.interfaces = interfaces;
        }

        static ClassState notReset(Class<?> type) {
            return new ClassState(type, null, null, null, List.of());
        }
    }

    private final ClassLoader loader;
    private final ClassValue<ClassState> states = new ClassValue<>() {
        @Override
        protected ClassState computeValue(Class<?> type) {
            return stateOf(type);
        }
    };
    /** The current execution's epoch; classes initialized in an earlier one count as uninitialized. */
    private volatile long epoch;

    ClassInits(ClassLoader loader) {
        this.loader = loader;
    }

    /** A new execution begins: every class's static state is stale from now on. */
    void nextEpoch() {
        epoch++;
    }

    /** Initializes {@code type} for this epoch, if it is a resettable class of this loader and is not yet. */
    void initialize(Class<?> type) {
        ClassState state = states.get(type);
        if (state.epoch != epoch || state.status != Status.DONE) {
            initializeSlowly(state);
        }
    }

    /** Whether the runtime, not the JVM, initializes {@code type}: a resettable class of this loader. */
    boolean initializes(Class<?> type) {
        return states.get(type).reset != null;
    }

    private synchronized void initializeSlowly(ClassState state) {
        if (state.reset == null) {
            return;
        }
        if (state.epoch != epoch) {
            state.epoch = epoch;
            state.status = Status.NEW;
            state.initializer = null;
            state.error = null;
        }
        switch (state.status) {
            case DONE -> {
                return;
            }
            case ERRONEOUS -> throw noClassDef(state);
            case IN_PROGRESS -> {
                // Only the initializing thread can get here: this method holds the lock meanwhile.
                return;
            }
            case NEW -> run(state);
        }
    }

    private void run(ClassState state) {
        state.status = Status.IN_PROGRESS;
        state.initializer = Thread.currentThread();
        boolean pinned = Thread.currentThread().isVirtual();
        if (pinned) {
            jdk.internal.vm.Continuation.pin();
        }
        try {
            if (state.superclass != null) {
                initializeSlowly(state.superclass);
            }
            for (ClassState holder : state.interfaces) {
                initializeSlowly(holder);
            }
            state.reset.invokeExact();
            if (state.clinit != null) {
                state.clinit.invokeExact();
            }
            // An enum's initializer made new constants: the JDK's cached ones are an earlier execution's.
            EnumCaches.clear(state.type);
            state.status = Status.DONE;
        } catch (ExecutionAborted | InterleaveFault e) {
            // The run is over (a failure, the program exited, or Interleave failed): nothing to
            // record for the class.
            throw e;
        } catch (Throwable e) {
            state.status = Status.ERRONEOUS;
            // An Error (the superclass's failure among them) propagates as it is; anything else is wrapped.
            state.error = e instanceof Error ? e : new ExceptionInInitializerError(e);
            throw ClassInits.<RuntimeException>sneaky(state.error);
        } finally {
            if (pinned) {
                jdk.internal.vm.Continuation.unpin();
            }
        }
    }

    private static NoClassDefFoundError noClassDef(ClassState state) {
        NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + state.type.getName());
        error.initCause(new ExceptionInInitializerError("Exception " + state.error + " [in thread \""
                + state.initializer.getName() + "\"]"));
        return error;
    }

    private ClassState stateOf(Class<?> type) {
        if (type.getClassLoader() != loader) {
            return ClassState.notReset(type);
        }
        MethodHandle reset = declaredInitMethod(type, RESET);
        if (reset == null) {
            return ClassState.notReset(type);
        }
        MethodHandle clinit = declaredInitMethod(type, CLINIT);
        Class<?> superclass = type.getSuperclass();
        ClassState superState = superclass == null ? null : states.get(superclass);
        List<ClassState> interfaces = new ArrayList<>();
        for (Class<?> superinterface : superinterfacesWithDefaults(type)) {
            ClassState holder = holderState(superinterface);
            if (holder != null) {
                interfaces.add(holder);
            }
        }
        return new ClassState(type, reset, clinit, superState != null && superState.reset != null ? superState : null,
                List.copyOf(interfaces));
    }

    /**
     * The superinterfaces of a class that declare a default method, in the order JLS 12.4.2 says
     * they are initialized: for each interface the class implements, left to right, its own
     * superinterfaces first, then it.
     */
    private static List<Class<?>> superinterfacesWithDefaults(Class<?> type) {
        java.util.LinkedHashSet<Class<?>> found = new java.util.LinkedHashSet<>();
        for (Class<?> direct : type.getInterfaces()) {
            addWithDefaults(direct, found);
        }
        return List.copyOf(found);
    }

    private static void addWithDefaults(Class<?> iface, java.util.Set<Class<?>> found) {
        for (Class<?> parent : iface.getInterfaces()) {
            addWithDefaults(parent, found);
        }
        if (java.util.Arrays.stream(iface.getDeclaredMethods()).anyMatch(Method::isDefault)) {
            found.add(iface);
        }
    }

    /** The state of an interface's statics holder, when it is one of this loader's with one. */
    private ClassState holderState(Class<?> iface) {
        if (iface.getClassLoader() != loader) {
            return null;
        }
        try {
            Class<?> holder = Class.forName(iface.getName() + ProgramClasses.HOLDER_SUFFIX, false, loader);
            return states.get(holder);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /**
     * The method {@code name} that {@code type} itself declares, or null. Only the class's own: a
     * lookup by name would also find a superclass's private one, which the class may not call.
     */
    private static MethodHandle declaredInitMethod(Class<?> type, String name) {
        try {
            Method method = type.getDeclaredMethod(name);
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflect(method);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (VerifyError | ClassFormatError e) {
            // Reflection links the class: a program class that the JVM accepted before Interleave
            // instrumented it must still be accepted.
            throw new InterleaveFault("the class " + type.getName() + " does not verify as Interleave instrumented it: "
                    + e.getMessage(), e);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new InterleaveFault("cannot reach the initializer of " + type.getName() + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
