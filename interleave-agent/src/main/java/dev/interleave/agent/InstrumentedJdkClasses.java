package dev.interleave.agent;

import dev.interleave.agent.program.JdkClassInstrumenter;
import dev.interleave.bridge.InstrumentationFailures;
import dev.interleave.bridge.JdkCode;
import dev.interleave.bridge.InterleaveClasses;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK classes that runs chose to instrument as program code ({@code --instrument}), each with
 * its nested classes and a number that their calls into the bridge carry. By default the JDK is
 * trusted as a whole; a class named here gets the program's instrumentation on top of Interleave's
 * JDK patches (this transformer comes after the patcher), the first time a run asks for it: loaded
 * classes are retransformed, the others transformed as they load. It stays instrumented for the
 * JVM's life, inert outside the runs that asked for it (the runtime's gate decides, by number).
 */
final class InstrumentedJdkClasses implements ClassFileTransformer {

    /**
     * Packages whose classes Interleave's own machinery runs on at every step (threads, class
     * loading, reflection, method handles, the JDK's internals), and classes it models itself;
     * Interleave's own classes in the boot loader (the bridge) are refused too.
     */
    private static final List<String> REFUSED_PREFIXES = List.of("java/lang/", "jdk/", "sun/", "com/sun/",
            "java/util/concurrent/locks/LockSupport", "java/util/concurrent/ForkJoin",
            "java/util/concurrent/CountedCompleter", "java/util/concurrent/CompletableFuture",
            "java/util/concurrent/RecursiveTask", "java/util/concurrent/RecursiveAction");

    private final Instrumentation inst;
    /** Top-level internal name to number. */
    private final Map<String, Integer> groups = new ConcurrentHashMap<>();
    /** Why a class failed to instrument, by internal name, for the run that asked. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    InstrumentedJdkClasses(Instrumentation inst) {
        this.inst = inst;
    }

    /**
     * Instruments {@code className} (a binary name) and its nested classes as program code, if no
     * run asked for it before, and answers its number.
     *
     * @throws IllegalArgumentException when it is not a JDK class that can be instrumented
     */
    synchronized int instrument(String className) {
        String internal = className.replace('.', '/');
        Integer known = groups.get(internal);
        if (known != null) {
            return known;
        }
        Class<?> type;
        try {
            type = Class.forName(className, false, null);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("no JDK class " + className + " to instrument (give a class of the JDK, "
                    + "such as java.util.concurrent.ConcurrentLinkedDeque: the program's and its libraries' classes "
                    + "are instrumented always)");
        }
        String refused = refused(internal);
        if (refused != null) {
            throw new IllegalArgumentException("cannot instrument " + className + ": Interleave runs on or models "
                    + refused + " itself; only other JDK classes, such as java.util.concurrent.ConcurrentLinkedDeque, can be");
        }
        if (type.isArray() || type.isPrimitive() || !inst.isModifiableClass(type)) {
            throw new IllegalArgumentException("cannot instrument " + className + ": the JVM does not let it change");
        }
        int group = groups.size();
        groups.put(internal, group);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> candidate : inst.getAllLoadedClasses()) {
            // A lambda's hidden class is named after its host, and cannot change: its code is the host's.
            if (candidate.getClassLoader() == null && !candidate.isHidden() && inst.isModifiableClass(candidate)
                    && JdkCode.covers(internal, candidate.getName().replace('.', '/'))) {
                loaded.add(candidate);
            }
        }
        try {
            inst.retransformClasses(loaded.toArray(Class<?>[]::new));
        } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
            failures.putIfAbsent(internal, e.toString());
        }
        String failure = failureOf(internal);
        if (failure != null) {
            throw new IllegalArgumentException("cannot instrument " + className + ": " + failure);
        }
        return group;
    }

    /** What Interleave runs on or models itself that the class {@code internal} is one of, or null. */
    private static String refused(String internal) {
        if (InterleaveClasses.role(internal) != InterleaveClasses.Role.PROGRAM) {
            return "the classes of dev.interleave.*";
        }
        for (String prefix : REFUSED_PREFIXES) {
            if (internal.startsWith(prefix)) {
                return prefix.endsWith("/") ? "the classes of " + prefix.replace('/', '.') + "*" : "it";
            }
        }
        return null;
    }

    private String failureOf(String topLevel) {
        for (Map.Entry<String, String> failure : failures.entrySet()) {
            if (JdkCode.covers(topLevel, failure.getKey())) {
                return failure.getKey().replace('/', '.') + ": " + failure.getValue();
            }
        }
        return null;
    }

    /** The number of the instrumented class that {@code internalName} is or is nested in, or -1. */
    private int groupOf(String internalName) {
        if (groups.isEmpty()) {
            return -1;
        }
        int nested = internalName.indexOf('$');
        Integer group = groups.get(nested < 0 ? internalName : internalName.substring(0, nested));
        return group == null ? -1 : group;
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                            ProtectionDomain domain, byte[] bytes) {
        if (loader != null || className == null) {
            return null;
        }
        int group = groupOf(className);
        if (group < 0) {
            return null;
        }
        try {
            return JdkClassInstrumenter.instrument(bytes, group, owner -> groupOf(owner) >= 0);
        } catch (Throwable e) {
            // Asked for by a run, and loaded at first use: a failure later on fails the runs loudly.
            failures.put(className, e.toString());
            InstrumentationFailures.record(className, e);
            return null;
        }
    }
}
