package dev.interleave.agent.program;

import dev.interleave.agent.jdk.CommonPoolRedirector;
import dev.interleave.agent.jdk.SchedulingCallRewriter;
import dev.interleave.agent.jdk.TimeCallRewriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class of the program under test, as its class loader defines it: a chain of small
 * method visitors, one concern each. None adds a branch, so existing stack map frames stay valid;
 * the one handler added (by {@link SynchronizedMethods}) comes with its own frame.
 */
public final class ProgramInstrumenter {

    private ProgramInstrumenter() {
    }

    public static byte[] instrument(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private String className;
            private int version;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                this.className = name;
                this.version = version;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                boolean desugar = SynchronizedMethods.applies(access, version);
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
                    mv = new SynchronizedMethods(mv, className, access, version);
                }
                mv = new LoopIterations(mv);
                return mv;
            }
        }, 0);
        return writer.toByteArray();
    }
}
