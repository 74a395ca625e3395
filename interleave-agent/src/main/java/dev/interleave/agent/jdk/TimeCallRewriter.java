package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Sends reads of the clocks ({@code System.nanoTime}, {@code System.currentTimeMillis}, and the
 * VM call behind {@code Instant.now}) through the bridge, which answers with the run's virtual
 * clock inside a controlled task. Used on JDK classes that wait with deadlines and on program code.
 */
public final class TimeCallRewriter extends MethodVisitor implements Opcodes {

    public TimeCallRewriter(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == INVOKESTATIC && owner.equals("java/lang/System") && descriptor.equals("()J")
                && (name.equals("nanoTime") || name.equals("currentTimeMillis"))) {
            super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, name, "()J", false);
        } else if (opcode == INVOKESTATIC && owner.equals("jdk/internal/misc/VM")
                && name.equals("getNanoTimeAdjustment") && descriptor.equals("(J)J")) {
            // stack: offset -> offset, offset -> offset, real -> real, offset
            super.visitInsn(DUP2);
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            super.visitInsn(DUP2_X2);
            super.visitInsn(POP2);
            super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, "nanoTimeAdjustment", "(JJ)J", false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }
}
