package dev.interleave.agent.jdk;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Applies {@link JdkPatches} to the JDK's classes: retransforms those already loaded and patches
 * the rest as they load. A patch that cannot be applied fails the installation: a JDK that Interleave
 * cannot control must never look controlled.
 */
public final class JdkPatcher implements ClassFileTransformer {

    private static final List<String> FAILURES = new CopyOnWriteArrayList<>();

    private JdkPatcher() {
    }

    public static void install(Instrumentation inst) throws UnmodifiableClassException {
        JdkPatcher patcher = new JdkPatcher();
        inst.addTransformer(patcher, true);
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : inst.getAllLoadedClasses()) {
            String name = type.getName().replace('.', '/');
            if (type.getClassLoader() == null && wanted(name) && inst.isModifiableClass(type)
                    && (alwaysPatched(name) || mentionsPatchedCalls(classFile(name)))) {
                loaded.add(type);
            }
        }
        inst.retransformClasses(loaded.toArray(Class<?>[]::new));
        for (String name : JdkPatches.METHODS.keySet()) {
            try {
                Class.forName(name.replace('/', '.'), false, null);
            } catch (ClassNotFoundException e) {
                FAILURES.add("missing JDK class " + name);
            }
        }
        if (!FAILURES.isEmpty()) {
            throw new IllegalStateException("cannot patch this JDK: " + String.join("; ", FAILURES));
        }
    }

    /** Patch failures seen since installation (for classes loaded later), for the runtime to report. */
    public static List<String> failures() {
        return List.copyOf(FAILURES);
    }

    /**
     * Whether a class file names anything a rewriter changes. A cheap look at its constant pool:
     * most JDK classes the patcher is offered need nothing, and rewriting them costs start-up time.
     */
    static boolean mentionsPatchedCalls(byte[] classFile) {
        if (classFile == null) {
            return true;
        }
        String constants = new String(classFile, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String marker : MARKERS) {
            if (constants.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The classes of the platform class loader's modules that are patched (all others of the JDK that
     * are patched are the boot loader's): their modules read the bridge (see {@code JavaBaseAccess}).
     */
    static final Set<String> PLATFORM_CLASSES = Set.of("jdk/internal/net/http/HttpClientImpl");

    private static final List<String> MARKERS = List.of(
            "nanoTime", "currentTimeMillis", "getNanoTimeAdjustment", "onSpinWait", "park",
            "commonPool", "ASYNC_POOL", "common", "getAndAddPoolIds", "serialNumber", "getAndIncrement",
            "SALT32L", "REVERSE", "availableProcessors", "incrementAndGet");

    private static byte[] classFile(String internalName) {
        try (var in = Object.class.getResourceAsStream("/" + internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Classes whose code changes whatever their constant pool names. */
    private static boolean alwaysPatched(String internalName) {
        return JdkPatches.METHODS.containsKey(internalName) || ForkJoinPatches.rewrites(internalName);
    }

    private static boolean wanted(String internalName) {
        return alwaysPatched(internalName) || JdkPatches.timed(internalName)
                || NamingCounters.BY_CLASS.containsKey(internalName) || ImmutableIterationOrder.applies(internalName);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
                            ProtectionDomain domain, byte[] bytes) {
        if (loader != null && !(loader == ClassLoader.getPlatformClassLoader() && PLATFORM_CLASSES.contains(className))
                || className == null || !wanted(className)
                || !alwaysPatched(className) && !mentionsPatchedCalls(bytes)) {
            return null;
        }
        try {
            return patch(className, bytes);
        } catch (Throwable e) {
            FAILURES.add(className + ": " + e);
            System.err.println("interleave: cannot patch " + className + ": " + e);
            return null;
        }
    }

    private static byte[] patch(String className, byte[] bytes) {
        Map<JdkPatches.Target, Patch> methods = JdkPatches.METHODS.getOrDefault(className, Map.of());
        boolean timed = JdkPatches.timed(className);
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        Set<JdkPatches.Target> applied = new HashSet<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (timed) {
                    mv = new TimeCallRewriter(mv);
                }
                if (className.startsWith("java/util/concurrent/")) {
                    mv = new SchedulingCallRewriter(mv);
                    // A static initializer keeps what it reads for good: it must see the real pool,
                    // and so must the pool's own accessors, which static initializers call.
                    if (!name.equals("<clinit>") && !(className.equals("java/util/concurrent/ForkJoinPool")
                            && (name.equals("commonPool") || name.equals("asyncCommonPool")))) {
                        mv = new CommonPoolRedirector(mv);
                    }
                }
                mv = ForkJoinPatches.rewrite(className, name, mv);
                NamingCounters.Read counter = NamingCounters.BY_CLASS.get(className);
                // Each counter is read in its class's constructors.
                if (counter != null && name.equals("<init>")) {
                    mv = new NamingCounters(mv, counter);
                }
                if (ImmutableIterationOrder.applies(className)) {
                    mv = new ImmutableIterationOrder(mv);
                }
                if (className.equals("java/lang/Thread") && name.equals("<init>")) {
                    mv = BridgeCalls.beforeVoidReturn("threadConstructed", "(Ljava/lang/Thread;)V").apply(mv, null);
                }
                JdkPatches.Target target = new JdkPatches.Target(name, descriptor);
                Patch patch = methods.get(target);
                if (patch != null) {
                    applied.add(target);
                    mv = patch.apply(mv, new EntryFrame(className, access, descriptor));
                }
                return mv;
            }
        }, ClassReader.EXPAND_FRAMES);
        if (!applied.equals(methods.keySet())) {
            Set<JdkPatches.Target> missing = new HashSet<>(methods.keySet());
            missing.removeAll(applied);
            throw new IllegalStateException("methods not found: " + missing);
        }
        return writer.toByteArray();
    }
}
