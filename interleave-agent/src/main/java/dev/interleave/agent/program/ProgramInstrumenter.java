package dev.interleave.agent.program;

import dev.interleave.agent.jdk.CommonPoolRedirector;
import dev.interleave.agent.jdk.ProcessorCountRedirector;
import dev.interleave.agent.jdk.SchedulingCallRewriter;
import dev.interleave.agent.jdk.TimeCallRewriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class of the program under test, as its class loader defines it: a chain of small
 * method visitors, one concern each. None adds a branch, so existing stack map frames stay valid,
 * except in synchronized methods, whose frames {@link SynchronizedMethods} extends by one local;
 * {@link SyncCalls} stores a deep argument list in locals past that one and loads it back before
 * any branch, so no frame needs to declare them.
 * Before the chain, {@link MethodReferences} gives each method reference to a JDK method a
 * synthetic method in the class, so that the chain sees the call.
 *
 * <p>The memory visitors ({@link SyncCalls}, {@link MemoryAccesses}) are in the chain whatever
 * the mode, and the runtime checks the run's mode at each call. A class is instrumented once per
 * JVM (when it loads, or once into the cache that every execution's fresh class loader reads), while
 * the mode is chosen per run, and one JVM runs executions in different modes (an explore in one
 * mode, then a replay of a schedule of another; tests of each mode side by side). The race detector
 * needs every access in every mode anyway, so a chain chosen per JVM would save nothing for it; the
 * cost left to cooperative runs is one static call per access that finds no scheduling point to make.
 * Monitors need no memory visitor: the runtime models them, and reports their synchronization
 * actions to the memory model itself.
 */
public final class ProgramInstrumenter {

    /** Interleave's entry points: they drive executions and never run inside a task. */
    private static final String ENTRY_POINTS = "dev/interleave/Interleave";

    private ProgramInstrumenter() {
    }

    public static byte[] instrument(byte[] bytes) {
        return instrument(bytes, null, null);
    }

    /**
     * Instruments a class of Interleave's program class loader so that its static state can be
     * reset between executions (see {@link StaticResets}).
     */
    public static UnaryOperator<byte[]> resetting(Function<String, byte[]> classFiles, Consumer<String> notResettable) {
        ProgramTypes types = new ProgramTypes(classFiles);
        return bytes -> instrument(bytes, types, notResettable);
    }

    private static byte[] instrument(byte[] bytes, ProgramTypes types, Consumer<String> notResettable) {
        ClassReader reader = new ClassReader(bytes);
        MethodFacts methodFacts = methodFacts(reader);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        // Last before the writer: it moves the class initializer as the chain left it, and the
        // program's root classes get the field for the runtime's state of their objects.
        ClassVisitor last = types == null ? writer
                : new StaticResets(new ObjectStateSlot(writer, types), types, notResettable);
        reader.accept(new MethodReferences(new ClassVisitor(Opcodes.ASM9, last) {
            private ClassFacts facts;
            /** The class's volatile fields; a class reader visits fields before methods. */
            private final Set<String> volatileFields = new HashSet<>();

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                facts = new ClassFacts(name, version);
                super.visit(SynchronizedMethods.classVersion(version, methodFacts.anyStaticSynchronized()), access, name,
                        signature, superName, interfaces);
            }

            @Override
            public void visitSource(String source, String debug) {
                facts.sourceFile = source == null ? "" : source;
                super.visitSource(source, debug);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                facts.field(name, access);
                if ((access & Opcodes.ACC_VOLATILE) != 0) {
                    volatileFields.add(name);
                }
                return super.visitField(access, name, descriptor, signature, value);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                Integer locals = methodFacts.maxLocals().get(name + descriptor);
                boolean desugar = locals != null && SynchronizedMethods.applies(access);
                int written = desugar ? SynchronizedMethods.rewrittenAccess(access) : access;
                MethodVisitor mv = super.visitMethod(written, name, descriptor, signature, exceptions);
                mv = new TimeCallRewriter(mv);
                if (!name.equals("<clinit>")) {
                    mv = new CommonPoolRedirector(mv);
                }
                mv = new SchedulingCallRewriter(mv);
                mv = new ProcessorCountRedirector(mv);
                mv = new CallRedirector(mv);
                mv = new MonitorRewriter(mv);
                if (desugar) {
                    mv = new SynchronizedMethods(mv, facts.name, access, locals, facts.version);
                }
                if (!facts.name.equals(ENTRY_POINTS)) {
                    // Inside the memory visitors: what it reports of an access or call comes after
                    // the scheduling point they make before it, in the footprint of the step that
                    // performs it. A desugared synchronized method's monitor is modelled, and the
                    // model names it in footprints itself: the observer sees the plain method it now is.
                    mv = new SharedAccessObserver(mv, facts.name, written, volatileFields);
                }
                // Interleave's task API (TaskGroup, Subtask) runs inside tasks: its joins and locks
                // order the program's accesses, but its own fields are not the program's memory.
                if (!ClassFacts.interleaveOwn(facts.name) || ClassFacts.taskApi(facts.name)) {
                    // Past the method's locals and the monitor local of a desugared synchronized method.
                    mv = new SyncCalls(mv, facts, name, locals == null ? 0 : locals + 1);
                }
                if (!ClassFacts.interleaveOwn(facts.name)) {
                    mv = new MemoryAccesses(mv, facts, name);
                }
                mv = new LoopIterations(mv);
                return mv;
            }
        }), methodFacts.anySynchronized() ? ClassReader.EXPAND_FRAMES : 0);
        return writer.toByteArray();
    }

    /**
     * What the chain needs to know of the class's methods before it visits them: the number of local
     * slots of each method with code, by name and descriptor ({@link SynchronizedMethods} puts a
     * synchronized method's monitor in a new local after them, and {@link SyncCalls} stores the
     * arguments of deep calls past that one), and whether a method is synchronized, and one static.
     */
    record MethodFacts(Map<String, Integer> maxLocals, boolean anySynchronized, boolean anyStaticSynchronized) {
    }

    static MethodFacts methodFacts(ClassReader reader) {
        Map<String, Integer> maxLocals = new HashMap<>();
        boolean[] synchronizedMethods = {false, false};
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (SynchronizedMethods.applies(access)) {
                    synchronizedMethods[0] = true;
                    synchronizedMethods[1] |= (access & Opcodes.ACC_STATIC) != 0;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMaxs(int maxStack, int locals) {
                        maxLocals.put(name + descriptor, locals);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new MethodFacts(maxLocals, synchronizedMethods[0], synchronizedMethods[1]);
    }
}
