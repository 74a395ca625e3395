package dev.interleave.agent.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A JDK class instrumented as program code reports everything through {@code JdkCode}, whose gate
 * keeps Interleave's own use of the class from counting: not one call of the program chain may go
 * to {@code Memory} or {@code Bridge} directly. Checked on JDK classes that between them have every
 * kind of report: plain and volatile fields, arrays, monitor blocks, wait and notify, loops,
 * {@code VarHandle} and {@code Unsafe} accesses, and calls into {@code java.util.concurrent}.
 */
class JdkClassInstrumenterTest {

    private static final List<String> CLASSES = List.of("java/util/concurrent/ConcurrentLinkedDeque",
            "java/util/concurrent/ConcurrentHashMap", "java/util/TimerThread", "java/util/ArrayDeque",
            "java/util/concurrent/LinkedBlockingQueue");

    @Test
    void everyReportOfTheChainGoesThroughTheGate() throws IOException {
        for (String name : CLASSES) {
            byte[] instrumented = JdkClassInstrumenter.instrument(classFile(name), 3, owner -> owner.equals(name));
            List<String> direct = new ArrayList<>();
            int[] gated = {0};
            new ClassReader(instrumented).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitMethodInsn(int opcode, String owner, String callee, String desc, boolean itf) {
                            if (owner.equals("dev/interleave/bridge/JdkCode")) {
                                gated[0]++;
                                assertTrue(desc.contains("I)"), callee + desc + " carries no class number");
                            } else if (owner.startsWith("dev/interleave/bridge/")) {
                                direct.add(method + ": " + owner + "." + callee + desc);
                            }
                        }
                    };
                }
            }, 0);
            assertEquals(List.of(), direct, name);
            assertTrue(gated[0] > 0, name + ": nothing reported");
        }
    }

    private static byte[] classFile(String name) throws IOException {
        try (InputStream in = Object.class.getResourceAsStream("/" + name + ".class")) {
            return in.readAllBytes();
        }
    }
}
