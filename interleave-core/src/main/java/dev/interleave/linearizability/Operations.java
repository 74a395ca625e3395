package dev.interleave.linearizability;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A specification class read once: its {@link Operation} methods (in a stable order: by name, then
 * parameter types, since reflection's order is unspecified and a scenario must be the same from its
 * seed in every JVM) and a generator for each of their parameters.
 */
final class Operations {

    /** One operation and how to draw its arguments. */
    record Op(String name, List<String> parameterTypes, List<ParameterGenerator<?>> generators) {

        Invocation draw(RandomGenerator random) {
            List<Object> arguments = new ArrayList<>();
            for (ParameterGenerator<?> generator : generators) {
                arguments.add(generator.generate(random));
            }
            return new Invocation(name, parameterTypes, arguments);
        }
    }

    private final List<Op> ops;

    private Operations(List<Op> ops) {
        this.ops = ops;
    }

    static Operations of(Class<?> spec) {
        List<Method> methods = new ArrayList<>();
        for (Method method : spec.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Operation.class)) {
                if (Modifier.isStatic(method.getModifiers())) {
                    throw new IllegalArgumentException("@Operation " + spec.getSimpleName() + "." + method.getName()
                            + " is static: an operation acts on the instance under test");
                }
                methods.add(method);
            }
        }
        if (methods.isEmpty()) {
            throw new IllegalArgumentException(spec.getName() + " has no @Operation method");
        }
        methods.sort(Comparator.comparing(Operations::signature));
        List<Op> ops = new ArrayList<>();
        for (Method method : methods) {
            List<ParameterGenerator<?>> generators = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                generators.add(generator(method, parameter));
            }
            List<String> types = List.of(method.getParameterTypes()).stream().map(Class::getName).toList();
            ops.add(new Op(method.getName(), types, generators));
        }
        return new Operations(List.copyOf(ops));
    }

    List<Op> ops() {
        return ops;
    }

    private static String signature(Method method) {
        return method.getName() + List.of(method.getParameterTypes()).stream().map(Class::getName).toList();
    }

    private static ParameterGenerator<?> generator(Method method, Parameter parameter) {
        Param param = parameter.getAnnotation(Param.class);
        if (param != null) {
            return instantiate(param.gen(), param.conf());
        }
        Class<?> type = parameter.getType();
        if (type == int.class || type == Integer.class) {
            return new IntGen();
        }
        if (type == long.class || type == Long.class) {
            return random -> (long) random.nextInt(1, 6);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new BooleanGen();
        }
        throw new IllegalArgumentException("parameter " + parameter.getName() + " of @Operation " + method.getName()
                + " has type " + type.getSimpleName() + ", which has no default generator: annotate it with"
                + " @Param(gen = ...)");
    }

    private static ParameterGenerator<?> instantiate(Class<? extends ParameterGenerator<?>> type, String conf) {
        try {
            try {
                Constructor<? extends ParameterGenerator<?>> withConf = type.getDeclaredConstructor(String.class);
                withConf.setAccessible(true);
                return withConf.newInstance(conf);
            } catch (NoSuchMethodException e) {
                if (!conf.isEmpty()) {
                    throw new IllegalArgumentException(type.getSimpleName() + " takes no conf (it has no constructor"
                            + " that takes a String), but conf = \"" + conf + "\" was given");
                }
                Constructor<? extends ParameterGenerator<?>> plain = type.getDeclaredConstructor();
                plain.setAccessible(true);
                return plain.newInstance();
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot make generator " + type.getName() + ": " + e, e);
        }
    }
}
