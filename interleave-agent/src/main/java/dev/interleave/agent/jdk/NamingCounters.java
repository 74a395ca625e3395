package dev.interleave.agent.jdk;

import java.util.Map;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The JDK's JVM-wide counters in thread names ({@code pool-N-thread-M}, {@code ForkJoinPool-N-worker-M},
 * {@code Timer-N}, the HTTP client's {@code HttpClient-N-SelectorManager}) count per execution
 * inside a controlled task, so that names, and so traces and output, repeat from run to run. Each
 * counter read is followed by a bridge call that swaps the JVM-wide value for the execution's.
 */
final class NamingCounters extends MethodVisitor implements Opcodes {

    /** A counter read: the call that reads it, the counter's name, and its first value. */
    record Read(String owner, String name, String counter, int base) {
    }

    static final Map<String, Read> BY_CLASS = Map.of(
            "java/util/concurrent/Executors$DefaultThreadFactory",
            new Read("java/util/concurrent/atomic/AtomicInteger", "getAndIncrement", "Executors.pool", 1),
            "java/util/concurrent/ForkJoinPool",
            new Read("java/util/concurrent/ForkJoinPool", "getAndAddPoolIds", "ForkJoinPool", 0),
            "java/util/Timer",
            new Read("java/util/Timer", "serialNumber", "Timer", 0),
            // Loaded by the platform class loader (see JdkPatcher.PLATFORM_CLASSES).
            "jdk/internal/net/http/HttpClientImpl",
            new Read("java/util/concurrent/atomic/AtomicLong", "incrementAndGet", "HttpClient", 1));

    private final Read read;

    NamingCounters(MethodVisitor next, Read read) {
        super(ASM9, next);
        this.read = read;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (owner.equals(read.owner()) && name.equals(read.name())
                && (descriptor.endsWith(")I") || descriptor.endsWith(")J"))) {
            boolean isLong = descriptor.endsWith(")J");
            super.visitLdcInsn(read.counter());
            super.visitLdcInsn(read.base());
            super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, isLong ? "counterOrLong" : "counterOr",
                    isLong ? "(JLjava/lang/String;I)J" : "(ILjava/lang/String;I)I", false);
        }
    }
}
