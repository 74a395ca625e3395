package dev.interleave.runtime;

import dev.interleave.Program;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/** Calls a program's main method inside the main task, its classes loaded afresh. */
public final class ProgramRunner {

    private ProgramRunner() {
    }

    public static void invokeMain(Program program, String[] args) throws Throwable {
        ClassLoader loader = program.newLoader();
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
        try {
            if (main.getParameterCount() == 1) {
                main.invoke(target, (Object) args);
            } else {
                main.invoke(target);
            }
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
