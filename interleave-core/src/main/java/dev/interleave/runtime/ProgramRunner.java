package dev.interleave.runtime;

import dev.interleave.Program;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Calls a program's main method inside the main task, with fresh static state. */
public final class ProgramRunner {

    private ProgramRunner() {
    }

    public static void invokeMain(Program program, String[] args) throws Throwable {
        ClassLoader loader = program.executionLoader();
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = Class.forName(program.mainClass(), true, loader);
        Method main = ProgramClasses.MainMethod.find(type).method();
        main.setAccessible(true);
        Object target = null;
        if (!Modifier.isStatic(main.getModifiers())) {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            target = constructor.newInstance();
        }
        // A method handle, not Method.invoke: reflection builds an accessor for every new Method,
        // and every execution's main is a new Method of a new class.
        MethodHandle handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflect(main);
        if (target != null) {
            handle = handle.bindTo(target);
        }
        if (main.getParameterCount() == 1) {
            handle.invoke(args);
        } else {
            handle.invoke();
        }
    }
}
