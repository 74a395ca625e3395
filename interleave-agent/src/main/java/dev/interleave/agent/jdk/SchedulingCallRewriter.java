package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Sends calls that must reach the scheduler through the bridge, whatever the JIT does with them:
 * {@code Thread.onSpinWait()} is an intrinsic that compiled code turns into a PAUSE instruction,
 * skipping the method's patched body; and {@code Unsafe.park}/{@code unpark}, which fork/join
 * workers use directly (and old libraries, through {@code sun.misc.Unsafe}), would park the
 * scheduler's own thread under a controlled task.
 */
public final class SchedulingCallRewriter extends MethodVisitor implements Opcodes {

    private static final String UNSAFE = "jdk/internal/misc/Unsafe";
    private static final String MISC_UNSAFE = "sun/misc/Unsafe";

    public SchedulingCallRewriter(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == INVOKESTATIC && owner.equals("java/lang/Thread") && name.equals("onSpinWait")) {
            super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, "onSpinWait", "()V", false);
        } else if (opcode == INVOKEVIRTUAL && unsafe(owner) && name.equals("park") && descriptor.equals("(ZJ)V")) {
            super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, "unsafePark", "(Ljava/lang/Object;ZJ)V", false);
        } else if (opcode == INVOKEVIRTUAL && unsafe(owner) && name.equals("unpark")
                && descriptor.equals("(Ljava/lang/Object;)V")) {
            super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, "unsafeUnpark", "(Ljava/lang/Object;Ljava/lang/Object;)V", false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }

    private static boolean unsafe(String owner) {
        return owner.equals(UNSAFE) || owner.equals(MISC_UNSAFE);
    }
}
