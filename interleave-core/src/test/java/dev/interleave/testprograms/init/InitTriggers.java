package dev.interleave.testprograms.init;

import dev.interleave.testprograms.init.Initialized.NotByArrayOrLiteral;
import dev.interleave.testprograms.init.Initialized.NotByConstant;
import dev.interleave.testprograms.init.Initialized.ViaEnsure;
import dev.interleave.testprograms.init.Initialized.ViaFieldGet;
import dev.interleave.testprograms.init.Initialized.ViaFieldSet;
import dev.interleave.testprograms.init.Initialized.ViaForName;
import dev.interleave.testprograms.init.Initialized.ViaForNameLoader;
import dev.interleave.testprograms.init.Initialized.ViaGetter;
import dev.interleave.testprograms.init.Initialized.ViaNew;
import dev.interleave.testprograms.init.Initialized.ViaSetter;
import dev.interleave.testprograms.init.Initialized.ViaStaticCall;
import dev.interleave.testprograms.init.Initialized.ViaUnreflect;
import dev.interleave.testprograms.init.Initialized.ViaUnreflectVarHandle;
import dev.interleave.testprograms.init.Initialized.ViaVarHandle;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * Every way the JVM initializes a class for a program (JLS 12.4.1), each once, logging when each
 * class is initialized and what each use saw. Under Interleave every execution must print exactly
 * what a plain {@code java} run prints: the class initializers run again in each execution, at the
 * same moments.
 */
public class InitTriggers {

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        ClassLoader loader = InitTriggers.class.getClassLoader();
        String nested = Initialized.class.getName() + "$";

        InitLog.add("new Sub: " + (new Sub() != null));
        InitLog.add("Base.lock set: " + (Base.lock != null));

        VarHandle factory = lookup.findStaticVarHandle(ViaVarHandle.class, "FACTORY", Supplier.class);
        InitLog.add("var handle made");
        @SuppressWarnings("unchecked")
        Supplier<String> supplier = (Supplier<String>) factory.get();
        InitLog.add("var handle read: " + (supplier == null ? null : supplier.get()));

        MethodHandle getter = lookup.findStaticGetter(ViaGetter.class, "value", String.class);
        InitLog.add("getter made");
        InitLog.add("getter read: " + (String) getter.invokeExact());

        MethodHandle setter = lookup.findStaticSetter(ViaSetter.class, "value", String.class);
        setter.invokeExact("set by handle");
        InitLog.add("after setter: " + ViaSetter.value);

        Class.forName(nested + "ViaForName");
        InitLog.add("forName done");
        Class<?> notYet = Class.forName(nested + "ViaForNameLoader", false, loader);
        InitLog.add("forName without initializing: " + notYet.getSimpleName());
        Class.forName(nested + "ViaForNameLoader", true, loader);
        InitLog.add("forName with initializing done");

        InitLog.add("Field.get: " + ViaFieldGet.class.getDeclaredField("number").get(null));
        ViaFieldSet.class.getDeclaredField("number").setInt(null, 9);
        InitLog.add("after Field.setInt: " + ViaFieldSet.number);

        lookup.ensureInitialized(ViaEnsure.class);
        InitLog.add("ensureInitialized done");

        MethodHandle unreflected = lookup.unreflectGetter(ViaUnreflect.class.getDeclaredField("value"));
        InitLog.add("unreflected getter made");
        InitLog.add("unreflected getter read: " + (String) unreflected.invokeExact());

        VarHandle count = lookup.unreflectVarHandle(ViaUnreflectVarHandle.class.getDeclaredField("count"));
        InitLog.add("unreflected var handle made");
        InitLog.add("unreflected var handle read: " + (long) count.get());

        new ViaNew(InitLog.add("argument of new evaluated"));

        InitLog.add("static call by reflection: "
                + ViaStaticCall.class.getDeclaredMethod("call").invoke(null));

        InitLog.add("Sub2.inherited: " + Sub2.inherited);

        InitLog.add("constant: " + NotByConstant.K);
        NotByArrayOrLiteral[] array = new NotByArrayOrLiteral[2];
        InitLog.add("array and literal: " + array.length + " " + NotByArrayOrLiteral.class.getSimpleName());

        InitLog.EVENTS.forEach(System.out::println);
    }
}
