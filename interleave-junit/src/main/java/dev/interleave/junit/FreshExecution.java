package dev.interleave.junit;

import dev.interleave.Interleave;
import dev.interleave.internal.runtime.ProgramClasses;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExecutableInvoker;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * One execution of a test method, as a body for the explorer: the test class in Interleave's
 * program class loader (its static fields start anew; the class loader instruments it for control,
 * even when the agent came after JUnit had loaded the class), a fresh instance made by its
 * constructor, then the {@code @BeforeEach} methods, the test method and the {@code @AfterEach}
 * methods, all inside the controlled run. Parameters are resolved by JUnit, as for a plain test.
 */
final class FreshExecution implements Interleave.Body {

    private final ProgramClasses classes;
    private final Class<?> testClass;
    private final Method method;
    private final ExecutableInvoker invoker;
    // Found once on JUnit's copy of the class; each execution looks up its own copy's by name.
    private final List<Method> befores;
    private final List<Method> afters;

    FreshExecution(Class<?> testClass, Method method, ExecutableInvoker invoker) {
        this.classes = new ProgramClasses(FreshRoots.of(testClass));
        this.testClass = testClass;
        this.method = method;
        this.invoker = invoker;
        this.befores = AnnotationSupport.findAnnotatedMethods(testClass, BeforeEach.class, HierarchyTraversalMode.TOP_DOWN);
        this.afters = AnnotationSupport.findAnnotatedMethods(testClass, AfterEach.class, HierarchyTraversalMode.BOTTOM_UP);
        if (testClass.getDeclaredConstructors().length != 1) {
            throw new ConfigurationException(testClass.getName() + " must have exactly one constructor, as JUnit requires");
        }
    }

    @Override
    public void run() throws Throwable {
        // The exploration's executions take turns with one loader whose classes' static state is
        // reset for each (a fresh loader per execution costs about 1 ms in linking call sites
        // again); core falls back to a fresh loader when a class cannot be reset.
        ClassLoader loader = classes.loaderForExecution();
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = Class.forName(testClass.getName(), true, loader);
        Object instance = instantiate(type, loader);
        Throwable failure = null;
        try {
            for (Method before : befores) {
                invoke(sameMethod(before, loader), instance);
            }
            invoke(sameMethod(method, loader), instance);
        } catch (Throwable e) {
            failure = e;
        }
        for (Method after : afters) {
            try {
                invoke(sameMethod(after, loader), instance);
            } catch (Throwable e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** An instance of {@code type}; an inner ({@code @Nested}) class gets a fresh enclosing instance first. */
    private Object instantiate(Class<?> type, ClassLoader loader) throws Throwable {
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length != 1) {
            throw new ConfigurationException(type.getName() + " must have exactly one constructor, as JUnit requires");
        }
        boolean inner = type.isMemberClass() && !Modifier.isStatic(type.getModifiers());
        Object outer = inner ? instantiate(type.getEnclosingClass(), loader) : null;
        Constructor<?> constructor = constructors[0];
        if (constructor.getParameterCount() == (inner ? 1 : 0)) {
            // A method handle, not reflection: reflection builds an accessor for every new
            // constructor, and every execution's class is new. JUnit resolves any other parameters.
            MethodHandle handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflectConstructor(constructor);
            return inner ? handle.invoke(outer) : handle.invoke();
        }
        return invoker.invoke(constructor, outer);
    }

    private void invoke(Method target, Object instance) throws Throwable {
        if (target.getParameterCount() == 0) {
            MethodHandles.privateLookupIn(target.getDeclaringClass(), MethodHandles.lookup()).unreflect(target).invoke(instance);
        } else {
            invoker.invoke(target, instance);
        }
    }

    /** A method as declared by the fresh copy of its class. */
    private static Method sameMethod(Method method, ClassLoader loader) throws ClassNotFoundException, NoSuchMethodException {
        Class<?> declaring = Class.forName(method.getDeclaringClass().getName(), false, loader);
        Class<?>[] parameters = method.getParameterTypes();
        Class<?>[] fresh = new Class<?>[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            fresh[i] = parameters[i].isPrimitive() ? parameters[i] : Class.forName(parameters[i].getName(), false, loader);
        }
        Method found = declaring.getDeclaredMethod(method.getName(), fresh);
        found.setAccessible(true);
        return found;
    }
}
