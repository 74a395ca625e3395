package dev.interleave.agent.program;

import java.util.BitSet;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Routes the program's monitors through the runtime, which models them under control: a task that
 * must wait for a monitor blocks in Interleave's scheduler, and a hand-off never goes through the
 * JDK's asynchronous unblocker thread. The JVM locks what the bridge returns (under control a token
 * that only the monitor's owner locks, so it never contends); {@code wait}, {@code notify},
 * {@code notifyAll} and {@code Thread.holdsLock} go to the bridge, which falls back to the JDK's
 * own where the runtime does not model the monitor.
 *
 * <p>The JIT compilers only compile a method whose every {@code monitorexit} provably unlocks the
 * value its {@code monitorenter} locked, tracked through locals. javac's shape,
 * {@code dup; astore L; monitorenter} ... {@code aload L; monitorexit}, is therefore rewritten so
 * that {@code L} holds the token: {@code <enter>; dup; astore L; monitorenter} and
 * {@code aload L; dup; <exit>; pop; monitorexit}. Any other shape still works, but its method
 * stays interpreted.
 */
final class MonitorRewriter extends MethodVisitor implements Opcodes {

    private static final String BRIDGE = "dev/interleave/bridge/Bridge";
    private static final String OBJECT_TO_OBJECT = "(Ljava/lang/Object;)Ljava/lang/Object;";
    private static final int NONE = -1;

    /** Locals that hold a token, stored by a rewritten javac-shaped enter. */
    private final BitSet tokenLocals = new BitSet();
    /** A {@code dup} not yet passed on: maybe the start of javac's enter. */
    private boolean pendingDup;
    /** The local of a pending {@code dup; astore}, or NONE. */
    private int pendingStore = NONE;
    /** The token local of a pending {@code aload}, or NONE: maybe the start of javac's exit. */
    private int pendingLoad = NONE;

    MonitorRewriter(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode == DUP && !pendingDup && pendingLoad == NONE) {
            pendingDup = true;
            return;
        }
        if (opcode == MONITORENTER && pendingStore != NONE) {
            int local = pendingStore;
            pendingDup = false;
            pendingStore = NONE;
            enter();
            super.visitInsn(DUP);
            super.visitVarInsn(ASTORE, local);
            tokenLocals.set(local);
            super.visitInsn(MONITORENTER);
            return;
        }
        if (opcode == MONITOREXIT && pendingLoad != NONE) {
            super.visitVarInsn(ALOAD, pendingLoad);
            exit();
            super.visitInsn(POP);
            super.visitVarInsn(ALOAD, pendingLoad);
            pendingLoad = NONE;
            super.visitInsn(MONITOREXIT);
            return;
        }
        flush();
        if (opcode == MONITORENTER) {
            enter();
        } else if (opcode == MONITOREXIT) {
            exit();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        if (opcode == ASTORE && pendingDup && pendingStore == NONE) {
            pendingStore = varIndex;
            return;
        }
        flush();
        if (opcode == ASTORE) {
            tokenLocals.clear(varIndex);
        }
        if (opcode == ALOAD && tokenLocals.get(varIndex)) {
            pendingLoad = varIndex;
            return;
        }
        super.visitVarInsn(opcode, varIndex);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        flush();
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

    private void enter() {
        super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorEnter", OBJECT_TO_OBJECT, false);
    }

    private void exit() {
        super.visitMethodInsn(INVOKESTATIC, BRIDGE, "monitorExit", OBJECT_TO_OBJECT, false);
    }

    /** Passes on what was held back when what follows is not the awaited shape. */
    private void flush() {
        if (pendingDup) {
            pendingDup = false;
            super.visitInsn(DUP);
        }
        if (pendingStore != NONE) {
            tokenLocals.clear(pendingStore);
            super.visitVarInsn(ASTORE, pendingStore);
            pendingStore = NONE;
        }
        if (pendingLoad != NONE) {
            super.visitVarInsn(ALOAD, pendingLoad);
            pendingLoad = NONE;
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

    // Every other instruction or marker ends a pending shape.

    @Override
    public void visitIntInsn(int opcode, int operand) {
        flush();
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        flush();
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        flush();
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        flush();
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        flush();
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLabel(Label label) {
        flush();
        super.visitLabel(label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        flush();
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int varIndex, int increment) {
        flush();
        super.visitIincInsn(varIndex, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        flush();
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        flush();
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        flush();
        super.visitMultiANewArrayInsn(descriptor, numDimensions);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        flush();
        super.visitFrame(type, numLocal, local, numStack, stack);
    }

    @Override
    public void visitLineNumber(int line, Label start) {
        flush();
        super.visitLineNumber(line, start);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        flush();
        super.visitMaxs(maxStack, maxLocals);
    }
}
