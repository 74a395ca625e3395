package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Sends {@code Runtime.availableProcessors()} through the bridge, which answers the same number
 * under control on every machine: pools sized by it ({@code new ForkJoinPool()},
 * {@code newWorkStealingPool}, the program's own) have as many workers wherever a schedule replays.
 */
public final class ProcessorCountRedirector extends MethodVisitor implements Opcodes {

    public ProcessorCountRedirector(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == INVOKEVIRTUAL && owner.equals("java/lang/Runtime") && name.equals("availableProcessors")
                && descriptor.equals("()I")) {
            super.visitMethodInsn(INVOKESTATIC, ForkJoinPatches.FORK_JOIN, "availableProcessors",
                    "(Ljava/lang/Runtime;)I", false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }
}
