package dev.interleave.linearizability;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A specification or model class as one execution sees it (in the JUnit form, each execution may
 * have its own copy of the class): makes instances with its no-argument constructor, calls an
 * invocation's method by name and parameter types, and reads its {@link StateKey}. As the model, it
 * is the checker's {@link SequentialSpec}.
 */
final class Binding implements SequentialSpec {

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("int", int.class, "long", long.class,
            "boolean", boolean.class, "short", short.class, "byte", byte.class, "char", char.class,
            "double", double.class, "float", float.class);

    private final Class<?> type;
    private final MethodHandle constructor;
    private final Method stateKey;
    private final Map<String, Method> methods = new HashMap<>();

    Binding(Class<?> type) {
        this.type = type;
        try {
            Constructor<?> plain = type.getDeclaredConstructor();
            // A method handle, not reflection: reflection builds an accessor for each new class.
            this.constructor = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflectConstructor(plain);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " needs a constructor without parameters: each execution"
                    + " makes a fresh instance with it" + (type.isMemberClass() && !java.lang.reflect.Modifier.isStatic(
                    type.getModifiers()) ? " (an inner class has none: make it static)" : ""), e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("cannot make instances of " + type.getName() + ": " + e.getMessage(), e);
        }
        Method key = null;
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(StateKey.class)) {
                if (method.getParameterCount() != 0 || key != null) {
                    throw new IllegalArgumentException(type.getName() + ": @StateKey must mark one method without parameters");
                }
                method.setAccessible(true);
                key = method;
            }
        }
        this.stateKey = key;
    }

    Class<?> type() {
        return type;
    }

    /** The operations declared {@link Operation#blocking()}, as {@link BlockingModel#signature}s. */
    Set<String> blockingOperations() {
        Set<String> names = new HashSet<>();
        for (Method method : type.getDeclaredMethods()) {
            Operation operation = method.getAnnotation(Operation.class);
            if (operation != null && operation.blocking()) {
                names.add(method.getName() + List.of(method.getParameterTypes()).stream().map(Class::getName).toList());
            }
        }
        return names;
    }

    /** Fails at once, not inside an execution, when this class lacks one of the operations. */
    void requireOperations(Operations operations) throws ClassNotFoundException {
        for (Operations.Op op : operations.ops()) {
            method(op.name(), op.parameterTypes());
        }
    }

    @Override
    public Object fresh() throws Exception {
        try {
            return constructor.invoke();
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls the operation: its return value, or the {@link Exception} it threw; an {@link Error} propagates. */
    @Override
    public Result apply(Object state, Invocation invocation) throws Exception {
        Method method = method(invocation.operation(), invocation.parameterTypes());
        try {
            return Result.returned(method.invoke(state, invocation.arguments().toArray()));
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof Exception) {
                return Result.threw(thrown.getClass());
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(thrown);
        }
    }

    @Override
    public Object key(Object state) throws Exception {
        if (stateKey == null) {
            return null;
        }
        try {
            return stateKey.invoke(state);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("@StateKey " + stateKey.getName() + " threw " + e.getCause(), e.getCause());
        }
    }

    private Method method(String operation, List<String> names) throws ClassNotFoundException {
        String signature = operation + names;
        Method found = methods.get(signature);
        if (found == null) {
            Class<?>[] parameters = new Class<?>[names.size()];
            for (int i = 0; i < parameters.length; i++) {
                Class<?> primitive = PRIMITIVES.get(names.get(i));
                parameters[i] = primitive != null ? primitive : Class.forName(names.get(i), false, type.getClassLoader());
            }
            try {
                found = type.getDeclaredMethod(operation, parameters);
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type.getName() + " has no method " + signature
                        + ": a sequential model needs every operation of the specification", e);
            }
            found.setAccessible(true);
            methods.put(signature, found);
        }
        return found;
    }
}
