package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * In fork/join code, the current thread (and the current carrier) of a pool's worker is its
 * {@code ForkJoinWorkerThread}, not the controlled virtual thread that stands in for it: the pool
 * tells its workers from other threads that way, to push a worker's forks to its own queue, let its
 * joins help as a worker's do, and compensate when it blocks.
 */
final class WorkerIdentity extends MethodVisitor implements Opcodes {

    WorkerIdentity(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == INVOKESTATIC && owner.equals("java/lang/Thread") && name.equals("currentThread")) {
            super.visitMethodInsn(INVOKESTATIC, ForkJoinPatches.FORK_JOIN, "currentThread", descriptor, false);
            return;
        }
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (owner.equals("jdk/internal/access/JavaLangAccess") && name.equals("currentCarrierThread")) {
            super.visitMethodInsn(INVOKESTATIC, ForkJoinPatches.FORK_JOIN, "carrierThread",
                    "(Ljava/lang/Thread;)Ljava/lang/Thread;", false);
        }
    }
}
