package dev.interleave.agent.program;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Tells the runtime which monitor a task is entering, holds and leaves, so that a deadlock report
 * can name the monitor a task waits for and the task that holds it. The JVM still does the locking.
 */
final class MonitorObserver extends MethodVisitor implements Opcodes {

    private static final String BRIDGE = "dev/interleave/bridge/Bridge";
    private static final String OBJECT_TO_VOID = "(Ljava/lang/Object;)V";

    MonitorObserver(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == MONITORENTER) {
            super.visitInsn(DUP);
            super.visitInsn(DUP);
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorEntering", OBJECT_TO_VOID, false);
            super.visitInsn(MONITORENTER);
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorEntered", OBJECT_TO_VOID, false);
        } else if (opcode == MONITOREXIT) {
            super.visitInsn(DUP);
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorExiting", OBJECT_TO_VOID, false);
            super.visitInsn(MONITOREXIT);
        } else {
            super.visitInsn(opcode);
        }
    }
}
