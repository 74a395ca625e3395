package dev.interleave.agent.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Which classes the agent instruments as they load, by name: one class file (a static counter and
 * a method that increments it) under the names of the program, of programs that live under
 * {@code dev.interleave} (the JUnit extension's tests' samples among them), and of Interleave's
 * own code. The JUnit extension's classes are
 * Interleave's code even inside a task (a test method's execution starts in
 * {@code FreshExecution.run}): no scheduling point or race-detector location of theirs.
 */
class ApplicationClassesTest {

    @ParameterizedTest
    @ValueSource(strings = {"com/example/Counter", "dev/interleave/junit/samples/Counter",
            "dev/interleave/examples/Counter"})
    void programsAreInstrumented(String name) {
        byte[] instrumented = transform(name);
        assertTrue(instrumented != null && bridgeCalls(instrumented) > 0, name + " is instrumented");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev/interleave/junit/FreshExecution", "dev/interleave/junit/LinearizabilityRun",
            "dev/interleave/junit/FreshExecution$1", "dev/interleave/internal/runtime/Counter",
            "dev/interleave/explore/Counter"})
    void interleavesOwnCodeIsLeftAlone(String name) {
        assertTrue(transform(name) == null, name + " is left alone");
    }

    @Test
    void theCounterHasAnAccessToInstrument() {
        assertEquals(0, bridgeCalls(counter("com/example/Counter")));
    }

    private static byte[] transform(String name) {
        return new ApplicationClasses().transform(null, ClassLoader.getSystemClassLoader(), name, null, null, counter(name));
    }

    /** {@code class NAME { static int count; static void increment() { count++; } }} */
    private static byte[] counter(String name) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        writer.visit(Opcodes.V25, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_STATIC, "count", "I", null, null).visitEnd();
        MethodVisitor increment = writer.visitMethod(Opcodes.ACC_STATIC, "increment", "()V", null, null);
        increment.visitCode();
        increment.visitFieldInsn(Opcodes.GETSTATIC, name, "count", "I");
        increment.visitInsn(Opcodes.ICONST_1);
        increment.visitInsn(Opcodes.IADD);
        increment.visitFieldInsn(Opcodes.PUTSTATIC, name, "count", "I");
        increment.visitInsn(Opcodes.RETURN);
        increment.visitMaxs(0, 0);
        increment.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static int bridgeCalls(byte[] classFile) {
        int[] calls = {0};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String method, String descriptor, String signature, String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                        if (owner.startsWith("dev/interleave/bridge/")) {
                            calls[0]++;
                        }
                    }
                };
            }
        }, 0);
        return calls[0];
    }
}
