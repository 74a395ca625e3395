package dev.interleave.agent.program;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Routes the program's monitors through the runtime, which models them under control: a task that
 * must wait for a monitor blocks in Interleave's scheduler, and a hand-off never goes through the
 * JDK's asynchronous unblocker thread. Each {@code monitorenter} and {@code monitorexit} locks what
 * the bridge returns (under control a lock private to the task, so the JVM's locking stays balanced
 * and never contends); {@code wait}, {@code notify}, {@code notifyAll} and {@code Thread.holdsLock}
 * go to the bridge, which falls back to the JDK's own where the runtime does not model the monitor.
 */
final class MonitorRewriter extends MethodVisitor implements Opcodes {

    private static final String BRIDGE = "dev/interleave/bridge/Bridge";
    private static final String OBJECT_TO_OBJECT = "(Ljava/lang/Object;)Ljava/lang/Object;";

    MonitorRewriter(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == MONITORENTER) {
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorEnter", OBJECT_TO_OBJECT, false);
        } else if (opcode == MONITOREXIT) {
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorExit", OBJECT_TO_OBJECT, false);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        String bridged = opcode == INVOKESTATIC ? null : objectMonitorMethod(name, descriptor);
        if (bridged != null) {
            // Object's monitor methods are final: whatever the owner, the receiver becomes the first argument.
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, bridged, "(Ljava/lang/Object;" + descriptor.substring(1), false);
        } else if (opcode == INVOKESTATIC && owner.equals("java/lang/Thread") && name.equals("holdsLock")) {
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "holdsLock", descriptor, false);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }

    private static String objectMonitorMethod(String name, String descriptor) {
        return switch (name) {
            case "wait" -> descriptor.equals("()V") || descriptor.equals("(J)V") || descriptor.equals("(JI)V")
                    ? "monitorWait" : null;
            case "notify" -> descriptor.equals("()V") ? "monitorNotify" : null;
            case "notifyAll" -> descriptor.equals("()V") ? "monitorNotifyAll" : null;
            default -> null;
        };
    }
}
