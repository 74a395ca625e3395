package dev.interleave.internal.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.AbstractQueuedLongSynchronizer;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;

/**
 * What a call into {@code java.util.concurrent} is, decided by its receiver's class and not by the
 * type the call names it by: a program's {@code MyLock extends ReentrantLock}, a {@code Lock} or
 * a {@code Queue} variable, and the JDK's class itself are one and the same lock or queue. Says
 * whether a call on an object reaches the JDK's code at all (a program's subclass may override the
 * method), and what state of the object a step footprint names for it: a lock's, semaphore's or
 * latch's synchronizer, a program's own {@code AbstractQueuedSynchronizer}, a condition's lock, an
 * atomic's value, nothing shared, or everything (the rest of the package, whose state footprints
 * do not name). Computed once per class.
 */
final class ConcurrentClasses {

    /** What a step footprint names for a call on an object of a class. */
    enum Kind {
        /** Not a class of {@code java.util.concurrent}, nor a subclass of one. */
        NONE,
        /** A lock, semaphore or latch: its synchronizer ({@code sync}), which its blocked tasks park on. */
        LOCK,
        /** An {@code AbstractQueuedSynchronizer} (or long one) of the program's: itself. */
        SYNCHRONIZER,
        /** A synchronizer's condition: the synchronizer. */
        CONDITION,
        /** An atomic value: itself, read or updated. */
        ATOMIC,
        /** No state shared between tasks ({@code TimeUnit}, {@code ThreadLocalRandom}). */
        UNSHARED,
        /** State footprints do not name: the step is unbounded. */
        OTHER
    }

    private record Info(Kind kind, VarHandle sync) {
    }

    private static final String PACKAGE = "java.util.concurrent.";

    private static final ClassValue<Info> INFO = new ClassValue<>() {
        @Override
        protected Info computeValue(Class<?> type) {
            return info(type);
        }
    };

    /** Per class, the name and descriptor of each instance method whose implementation is the JDK's. */
    private static final ClassValue<Map<String, Boolean>> RUNS_JDK = new ClassValue<>() {
        @Override
        protected Map<String, Boolean> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Per class, the name and descriptor of each instance method it declares. */
    private static final ClassValue<Set<String>> DECLARED = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> declared = new HashSet<>();
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isStatic(method.getModifiers())) {
                    declared.add(method.getName()
                            + MethodType.methodType(method.getReturnType(), method.getParameterTypes()).toMethodDescriptorString());
                }
            }
            return declared;
        }
    };

    private ConcurrentClasses() {
    }

    static Kind kind(Class<?> type) {
        return INFO.get(type).kind();
    }

    /**
     * The object whose synchronization state a call on {@code receiver} uses, for a kind that
     * names one (not {@code NONE}, {@code UNSHARED} or {@code OTHER}).
     */
    static Object stateOf(Object receiver) {
        Info info = INFO.get(receiver.getClass());
        return switch (info.kind()) {
            case LOCK -> info.sync().get(receiver);
            case CONDITION -> ParkBlockers.conditionOwner(receiver);
            default -> receiver;
        };
    }

    /**
     * Whether calling {@code method} (name and descriptor) on {@code receiver} runs the JDK's code of
     * {@code java.util.concurrent}: the receiver is of the package (or extends or implements a type
     * of it) and the method's implementation, found from {@code from} (the receiver's class, or the
     * owner of a {@code super.} call) up, is the JDK's.
     */
    static boolean reachesJdk(Object receiver, String owner, String method, boolean special) {
        Class<?> type = receiver.getClass();
        if (!inPackage(type)) {
            return false;
        }
        if (special) {
            String binary = owner.replace('/', '.');
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (c.getName().equals(binary)) {
                    type = c;
                    break;
                }
            }
        }
        Map<String, Boolean> known = RUNS_JDK.get(type);
        Boolean runs = known.get(method);
        if (runs == null) {
            runs = runsJdk(type, method);
            known.put(method, runs);
        }
        return runs;
    }

    private static boolean runsJdk(Class<?> type, String method) {
        try {
            return implementationIsJdk(type, method);
        } catch (LinkageError e) {
            // A method of the class names a class that is missing: taken to reach the JDK, which
            // only adds a point and an edge.
            return true;
        }
    }

    private static boolean implementationIsJdk(Class<?> type, String method) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (DECLARED.get(c).contains(method)) {
                return jdk(c);
            }
        }
        // A default method of an interface.
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> face : c.getInterfaces()) {
                Boolean found = defaultIn(face, method);
                if (found != null) {
                    return found;
                }
            }
        }
        return false;
    }

    private static Boolean defaultIn(Class<?> face, String method) {
        if (DECLARED.get(face).contains(method)) {
            return jdk(face);
        }
        for (Class<?> parent : face.getInterfaces()) {
            Boolean found = defaultIn(parent, method);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean jdk(Class<?> type) {
        String name = type.getName();
        return type.getClassLoader() == null && (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun."));
    }

    /** Whether the class is of the package, or extends or implements a type of it. */
    private static boolean inPackage(Class<?> type) {
        return kind(type) != Kind.NONE;
    }

    private static Info info(Class<?> type) {
        Class<?> jdk = type;
        while (jdk != null && !jdk.getName().startsWith(PACKAGE)) {
            jdk = jdk.getSuperclass();
        }
        if (jdk == null || Throwable.class.isAssignableFrom(type)) {
            // An exception of the package synchronizes nothing.
            return new Info(jdk == null && implementsPackage(type) ? Kind.OTHER : Kind.NONE, null);
        }
        if (AbstractQueuedSynchronizer.class.isAssignableFrom(type)
                || AbstractQueuedLongSynchronizer.class.isAssignableFrom(type)) {
            return new Info(Kind.SYNCHRONIZER, null);
        }
        if (jdk == AbstractQueuedSynchronizer.ConditionObject.class
                || jdk == AbstractQueuedLongSynchronizer.ConditionObject.class) {
            return new Info(Kind.CONDITION, null);
        }
        if (jdk == java.util.concurrent.TimeUnit.class || jdk == java.util.concurrent.ThreadLocalRandom.class) {
            return new Info(Kind.UNSHARED, null);
        }
        String name = jdk.getName();
        if (name.startsWith(PACKAGE + "atomic.") && !name.endsWith("FieldUpdater") && !name.endsWith("Array")) {
            return new Info(Kind.ATOMIC, null);
        }
        VarHandle sync = syncField(jdk);
        return sync != null ? new Info(Kind.LOCK, sync) : new Info(Kind.OTHER, null);
    }

    private static boolean implementsPackage(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> face : c.getInterfaces()) {
                if (face.getName().startsWith(PACKAGE) || implementsPackage(face)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The {@code sync} field of a JDK lock, semaphore or latch class, or null. */
    private static VarHandle syncField(Class<?> jdk) {
        try {
            Class<?> type = jdk.getDeclaredField("sync").getType();
            if (!AbstractQueuedSynchronizer.class.isAssignableFrom(type)) {
                return null;
            }
            return MethodHandles.privateLookupIn(jdk, MethodHandles.lookup()).findVarHandle(jdk, "sync", type);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
