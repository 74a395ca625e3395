package dev.interleave.agent.program;

import dev.interleave.agent.jdk.CommonPoolRedirector;
import dev.interleave.agent.jdk.SchedulingCallRewriter;
import dev.interleave.agent.jdk.TimeCallRewriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites a class of the program under test, as its class loader defines it: a chain of small
 * method visitors, one concern each. None adds a branch, so existing stack map frames stay valid.
 */
public final class ProgramInstrumenter {

    /** Interleave's entry points: they drive executions and never run inside a task. */
    private static final String ENTRY_POINTS = "dev/interleave/Interleave";

    private ProgramInstrumenter() {
    }

    public static byte[] instrument(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private String name;
            /** The class's volatile fields; a class reader visits fields before methods. */
            private final Set<String> volatileFields = new HashSet<>();

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                this.name = name;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public FieldVisitor visitField(int access, String field, String descriptor, String signature, Object value) {
                if ((access & Opcodes.ACC_VOLATILE) != 0) {
                    volatileFields.add(field);
                }
                return super.visitField(access, field, descriptor, signature, value);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                mv = new TimeCallRewriter(mv);
                if (!name.equals("<clinit>")) {
                    mv = new CommonPoolRedirector(mv);
                }
                mv = new SchedulingCallRewriter(mv);
                mv = new CallRedirector(mv);
                mv = new MonitorObserver(mv);
                mv = new LoopIterations(mv);
                if (!this.name.equals(ENTRY_POINTS)) {
                    mv = new SharedAccessObserver(mv, this.name, access, volatileFields);
                }
                return mv;
            }
        }, 0);
        return writer.toByteArray();
    }
}
