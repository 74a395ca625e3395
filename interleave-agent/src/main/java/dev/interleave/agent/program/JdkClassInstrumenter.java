package dev.interleave.agent.program;

import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Instruments a JDK class as program code (see {@code --instrument}): its field and array accesses,
 * monitor blocks, loops and synchronization calls are reported as the program's are, by the same
 * visitors as {@link ProgramInstrumenter}'s (calls into other instrumented classes are plain calls:
 * their inside is watched), through {@link JdkCodeCalls}, which tags every report with the class's
 * number. The class may be loaded already, and a class the JVM retransforms keeps its methods, fields
 * and modifiers: so no method is added (method references stay as they are), a {@code synchronized}
 * method keeps the JVM's monitor, and static state is not reset.
 */
public final class JdkClassInstrumenter {

    private JdkClassInstrumenter() {
    }

    /** {@code instrumented} tells the JDK classes instrumented as program code, by internal name. */
    public static byte[] instrument(byte[] bytes, int group, Predicate<String> instrumented) {
        ClassReader reader = new ClassReader(bytes);
        ProgramInstrumenter.MethodFacts methodFacts = ProgramInstrumenter.methodFacts(reader);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private ClassFacts facts;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                facts = new ClassFacts(name, version, instrumented);
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public void visitSource(String source, String debug) {
                facts.sourceFile = source == null ? "" : source;
                super.visitSource(source, debug);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                facts.field(name, access);
                return super.visitField(access, name, descriptor, signature, value);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                Integer locals = methodFacts.maxLocals().get(name + descriptor);
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                mv = new JdkCodeCalls(mv, group);
                mv = new MonitorRewriter(mv);
                mv = new SharedAccessObserver(mv, facts.name, access, java.util.Set.of());
                mv = new SyncCalls(mv, facts, name, locals == null ? 0 : locals);
                mv = new MemoryAccesses(mv, facts, name);
                return new LoopIterations(mv);
            }
        }, 0);
        return writer.toByteArray();
    }
}
