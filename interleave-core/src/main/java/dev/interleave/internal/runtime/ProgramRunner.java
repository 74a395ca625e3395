package dev.interleave.internal.runtime;

import dev.interleave.Program;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Calls a program's main method inside the main task, with fresh static state. */
public final class ProgramRunner {

    private ProgramRunner() {
    }

    /**
     * A main method to call: a method handle, not Method.invoke, since reflection builds an accessor
     * for every new Method, and a fresh loader's main is a new Method of a new class.
     */
    record Main(Class<?> type, MethodHandle handle, boolean instance) {

        static Main of(Class<?> type) throws IllegalAccessException {
            Method main = ProgramClasses.MainMethod.find(type).method();
            MethodHandle handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflect(main);
            return new Main(type, handle, !Modifier.isStatic(main.getModifiers()));
        }
    }

    public static void invokeMain(Program program, String[] args) throws Throwable {
        ClassLoader loader = program.executionLoader();
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = Class.forName(program.mainClass(), true, loader);
        Main main = ((ProgramClassLoader) loader).main(type);
        MethodHandle handle = main.handle();
        if (main.instance()) {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            handle = handle.bindTo(constructor.newInstance());
        }
        if (handle.type().parameterCount() == 1) {
            handle.invoke(args);
        } else {
            handle.invoke();
        }
    }
}
