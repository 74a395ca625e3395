package dev.interleave.agent.jdk;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code VirtualThread.schedule(Runnable, long, TimeUnit)}: where a virtual thread's timed park or
 * wait arms its wake-up. A controlled thread's wake-up goes on the run's virtual clock instead of
 * the JDK's delay schedulers.
 */
final class VirtualTimerPatch implements Opcodes {

    private static final String FUTURE = "java/util/concurrent/Future";

    private VirtualTimerPatch() {
    }

    static Patch patch() {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                Label real = new Label();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitVarInsn(ALOAD, 1);
                mv.visitVarInsn(LLOAD, 2);
                mv.visitVarInsn(ALOAD, 4);
                mv.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, "scheduleTimer",
                        "(Ljava/lang/Thread;Ljava/lang/Runnable;JLjava/util/concurrent/TimeUnit;)L" + FUTURE + ";", false);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFNULL, real);
                mv.visitInsn(ARETURN);
                mv.visitLabel(real);
                frame.visit(mv, FUTURE);
                mv.visitInsn(POP);
            }
        };
    }
}
