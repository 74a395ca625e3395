package dev.interleave.agent.program;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Counts loop iterations: a call before every backward jump. A task that loops without reaching a
 * scheduling point (a spin without {@code Thread.onSpinWait()}) is then stopped and reported with
 * its stack instead of hanging the run, which a cooperative scheduler could not otherwise do.
 */
final class LoopIterations extends MethodVisitor implements Opcodes {

    private final Set<Label> seen = new HashSet<>();

    LoopIterations(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitLabel(Label label) {
        seen.add(label);
        super.visitLabel(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        if (seen.contains(label)) {
            super.visitMethodInsn(INVOKESTATIC, "dev/interleave/bridge/Bridge", "loopIteration", "()V", false);
        }
        super.visitJumpInsn(opcode, label);
    }
}
