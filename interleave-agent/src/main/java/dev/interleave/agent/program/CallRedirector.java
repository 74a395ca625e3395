package dev.interleave.agent.program;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Program calls whose meaning changes under control: {@code Thread.currentThread()} answers the
 * thread object the program started (not the virtual thread that stands in for it), and exiting the
 * JVM ends the run instead.
 */
final class CallRedirector extends MethodVisitor implements Opcodes {

    private static final String BRIDGE = "dev/interleave/bridge/Bridge";

    CallRedirector(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        if (opcode == INVOKESTATIC && owner.equals("java/lang/Thread") && name.equals("currentThread")) {
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "currentThread", descriptor, false);
        } else if (opcode == INVOKESTATIC && owner.equals("java/lang/System") && name.equals("exit")) {
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "exit", "(I)V", false);
        } else if (opcode == INVOKEVIRTUAL && owner.equals("java/lang/Runtime")
                && (name.equals("exit") || name.equals("halt")) && descriptor.equals("(I)V")) {
            String bridged = name.equals("exit") ? "runtimeExit" : "runtimeHalt";
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, bridged, "(Ljava/lang/Runtime;I)V", false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }
}
