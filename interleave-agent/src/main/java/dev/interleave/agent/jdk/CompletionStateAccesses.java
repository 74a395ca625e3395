package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reports each read and plain write of a fork/join task's completion state: its status, a
 * completer's pending count, a completable future's result, a future task's state. These volatile fields are how the JDK
 * hands what a task did to whoever joins it, so the race detector sees them as a volatile's
 * release and acquire. (Their atomic updates go through a few methods, patched at entry.)
 */
final class CompletionStateAccesses extends MethodVisitor implements Opcodes {

    CompletionStateAccesses(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (completionState(owner, name)) {
            if (opcode == GETFIELD) {
                super.visitInsn(DUP);
                report("stateRead");
            } else if (opcode == PUTFIELD) {
                // The object under a one-slot value (an int or a reference): copy it above the value.
                super.visitInsn(DUP2);
                super.visitInsn(POP);
                report("stateUpdated");
            }
        }
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    private void report(String hook) {
        super.visitMethodInsn(INVOKESTATIC, ForkJoinPatches.FORK_JOIN, hook, "(Ljava/lang/Object;)V", false);
    }

    private static boolean completionState(String owner, String name) {
        return switch (owner) {
            case "java/util/concurrent/ForkJoinTask" -> name.equals("status");
            case "java/util/concurrent/CountedCompleter" -> name.equals("pending");
            case "java/util/concurrent/CompletableFuture" -> name.equals("result");
            case "java/util/concurrent/FutureTask" -> name.equals("state");
            default -> false;
        };
    }
}
