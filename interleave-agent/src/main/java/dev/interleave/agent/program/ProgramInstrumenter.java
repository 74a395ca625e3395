package dev.interleave.agent.program;

import dev.interleave.agent.jdk.CommonPoolRedirector;
import dev.interleave.agent.jdk.SchedulingCallRewriter;
import dev.interleave.agent.jdk.TimeCallRewriter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class of the program under test, as its class loader defines it: a chain of small
 * method visitors, one concern each. None adds a branch, so existing stack map frames stay valid,
 * except in synchronized methods, whose frames {@link SynchronizedMethods} extends by one local.
 */
public final class ProgramInstrumenter {

    private ProgramInstrumenter() {
    }

    public static byte[] instrument(byte[] bytes) {
        return instrument(bytes, null, null);
    }

    /**
     * Instruments a class of Interleave's program class loader so that its static state can be
     * reset between executions (see {@link StaticResets}).
     */
    public static UnaryOperator<byte[]> resetting(Predicate<String> programClass, Consumer<String> notResettable) {
        return bytes -> instrument(bytes, programClass, notResettable);
    }

    private static byte[] instrument(byte[] bytes, Predicate<String> programClass, Consumer<String> notResettable) {
        ClassReader reader = new ClassReader(bytes);
        Map<String, Integer> synchronizedMaxLocals = synchronizedMethodsMaxLocals(reader);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        ClassVisitor last = programClass == null ? writer : new StaticResets(writer, programClass, notResettable);
        reader.accept(new ClassVisitor(Opcodes.ASM9, last) {
            private String className;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                this.className = name;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                Integer maxLocals = synchronizedMaxLocals.get(name + descriptor);
                boolean desugar = maxLocals != null;
                int written = desugar ? SynchronizedMethods.rewrittenAccess(access) : access;
                MethodVisitor mv = super.visitMethod(written, name, descriptor, signature, exceptions);
                mv = new TimeCallRewriter(mv);
                if (!name.equals("<clinit>")) {
                    mv = new CommonPoolRedirector(mv);
                }
                mv = new SchedulingCallRewriter(mv);
                mv = new CallRedirector(mv);
                mv = new MonitorRewriter(mv);
                if (desugar) {
                    mv = new SynchronizedMethods(mv, className, access, maxLocals);
                }
                mv = new LoopIterations(mv);
                return mv;
            }
        }, synchronizedMaxLocals.isEmpty() ? 0 : ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }

    /**
     * The number of local slots of each synchronized method that {@link SynchronizedMethods}
     * rewrites, by name and descriptor: it puts the monitor in a new local after them. The code of
     * other methods is not even read.
     */
    private static Map<String, Integer> synchronizedMethodsMaxLocals(ClassReader reader) {
        Map<String, Integer> maxLocals = new HashMap<>();
        int version = reader.readShort(6);
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!SynchronizedMethods.applies(access, version)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMaxs(int maxStack, int locals) {
                        maxLocals.put(name + descriptor, locals);
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return maxLocals;
    }
}
