package dev.interleave.agent.program;

import java.util.Set;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * In a JDK class instrumented as program code, sends what the memory and monitor visitors call
 * ({@code Memory}'s entry points, and {@code Bridge}'s for monitors, footprints and loops) to the
 * bridge's {@code JdkCode} instead, with the class's number, so that only the program's use of the
 * class in a run that asked for it counts, never Interleave's own. It sits innermost in the chain,
 * where it sees those calls; the JDK patches' own bridge calls pass through. A {@code Memory} call it
 * does not know fails the instrumentation: left as it is, it would count Interleave's own use.
 */
final class JdkCodeCalls extends MethodVisitor implements Opcodes {

    private static final String MEMORY = "dev/interleave/bridge/Memory";
    private static final String BRIDGE = "dev/interleave/bridge/Bridge";
    private static final String JDK_CODE = "dev/interleave/bridge/JdkCode";
    private static final Set<String> MEMORY_CALLS = Set.of("read", "write", "arrayRead", "arrayWrite", "value",
            "created", "sync", "synced", "call", "returned", "unsafeAccess", "handleAccess");
    private static final Set<String> BRIDGE_CALLS = Set.of("monitorEnter", "monitorExit", "monitorWait",
            "monitorNotify", "monitorNotifyAll", "holdsLock", "objectTouched", "sharedAccess", "loopIteration");

    private final int group;

    JdkCodeCalls(MethodVisitor next, int group) {
        super(ASM9, next);
        this.group = group;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        boolean memory = owner.equals(MEMORY);
        if (opcode == INVOKESTATIC && (memory || owner.equals(BRIDGE) && BRIDGE_CALLS.contains(name))) {
            if (memory && !MEMORY_CALLS.contains(name)) {
                throw new IllegalStateException("Memory." + name + " has no counterpart in JdkCode");
            }
            StackCopies.push(this.mv, group);
            int close = descriptor.indexOf(')');
            super.visitMethodInsn(INVOKESTATIC, JDK_CODE, name,
                    descriptor.substring(0, close) + "I" + descriptor.substring(close), false);
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }
}
