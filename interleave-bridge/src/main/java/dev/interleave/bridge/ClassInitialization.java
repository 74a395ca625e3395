package dev.interleave.bridge;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * What patched JDK code calls where the JVM would initialize a class on the program's behalf
 * (JLS 12.4.1): {@code Class.forName}, reflection on a static field, a method or var handle to a
 * static field, {@code Unsafe.ensureClassInitialized}. The program's classes have their initializer
 * moved out of the JVM's reach (see {@code StaticResets} in the agent) so that it can run again in
 * every execution; without these calls such a use would see a class that looks initialized to the
 * JVM but whose static fields still hold their defaults in this execution.
 *
 * <p>Static method calls and constructors need nothing here: their code starts with a guard of
 * its own, whoever calls them.
 */
public final class ClassInitialization {

    private ClassInitialization() {
    }

    /** {@code Class.forName(name)} loaded {@code type}, which the JVM initializes. */
    public static Class<?> initialized(Class<?> type) {
        Bridge.initialize(type);
        return type;
    }

    /** {@code Class.forName(name, initialize, loader)} loaded {@code type}. */
    public static Class<?> loaded(Class<?> type, boolean initialize) {
        if (initialize) {
            Bridge.initialize(type);
        }
        return type;
    }

    /** {@code Unsafe.ensureClassInitialized(type)}, also behind {@code Lookup.ensureInitialized}. */
    public static void ensureInitialized(Class<?> type) {
        if (type != null) {
            Bridge.initialize(type);
        }
    }

    /** A reflective get or set of {@code field}: for a static one the JVM initializes its class first. */
    public static void reflectedField(Field field) {
        if (Bridge.hooks() != null && Modifier.isStatic(field.getModifiers())) {
            Bridge.initialize(field.getDeclaringClass());
        }
    }

    /** A getter or setter handle of the static field {@code name} of {@code type} (or a supertype's). */
    public static MethodHandle staticFieldHandle(MethodHandle handle, Class<?> type, String name) {
        Hooks h = Bridge.hooks();
        return h == null ? handle : h.initializingFirst(handle, declaringClass(type, name));
    }

    /** A var handle of the static field {@code name} of {@code type} (or a supertype's). */
    public static VarHandle staticVarHandle(VarHandle handle, Class<?> type, String name) {
        Hooks h = Bridge.hooks();
        return h == null ? handle : h.initializingFirst(handle, declaringClass(type, name));
    }

    /** A getter or setter handle made from a reflected field. */
    public static MethodHandle reflectedFieldHandle(MethodHandle handle, Field field) {
        Hooks h = Bridge.hooks();
        return h == null || !Modifier.isStatic(field.getModifiers())
                ? handle : h.initializingFirst(handle, field.getDeclaringClass());
    }

    /** A var handle made from a reflected field. */
    public static VarHandle reflectedVarHandle(VarHandle handle, Field field) {
        Hooks h = Bridge.hooks();
        return h == null || !Modifier.isStatic(field.getModifiers())
                ? handle : h.initializingFirst(handle, field.getDeclaringClass());
    }

    /**
     * The class that declares the field {@code name} that a use through {@code type} resolves to
     * (JVMS 5.4.3.2: the class, then its superinterfaces, then its superclass): the JVM initializes
     * that class, not {@code type}.
     */
    static Class<?> declaringClass(Class<?> type, String name) {
        Class<?> found = declaringClassOrNull(type, name);
        return found != null ? found : type;
    }

    private static Class<?> declaringClassOrNull(Class<?> type, String name) {
        for (Field field : type.getDeclaredFields()) {
            if (field.getName().equals(name)) {
                return type;
            }
        }
        for (Class<?> superinterface : type.getInterfaces()) {
            Class<?> found = declaringClassOrNull(superinterface, name);
            if (found != null) {
                return found;
            }
        }
        return type.getSuperclass() == null ? null : declaringClassOrNull(type.getSuperclass(), name);
    }
}
