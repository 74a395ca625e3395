package dev.interleave.agent.program;

import dev.interleave.bridge.Memory;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reports entering and leaving monitors, blocks and synchronized methods alike: before
 * {@code monitorenter} (a scheduling point in sync mode), once it is held (the race detector's
 * acquire), before {@code monitorexit} (its release) and after it (a point). Separate from the
 * visitors that make the JVM's locking controlled: this one adds calls around the monitor
 * instructions and hands the instructions themselves on unchanged, so it composes with them.
 */
final class MonitorPoints extends MethodVisitor implements Opcodes {

    private final ClassFacts facts;
    private final boolean synchronizedMethod;
    private final boolean staticMethod;

    MonitorPoints(MethodVisitor next, ClassFacts facts, int access) {
        super(ASM9, next);
        this.facts = facts;
        this.synchronizedMethod = (access & ACC_SYNCHRONIZED) != 0;
        this.staticMethod = (access & ACC_STATIC) != 0;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (synchronizedMethod && pushMethodMonitor()) {
            SyncCalls.sync(this.mv, Memory.METHOD_MONITOR_ACQUIRED, "monitor");
        }
    }

    @Override
    public void visitInsn(int opcode) {
        switch (opcode) {
            case MONITORENTER -> {
                super.visitInsn(DUP);
                super.visitInsn(DUP);
                SyncCalls.sync(this.mv, Memory.MONITOR_ENTER, "monitor");
                super.visitInsn(MONITORENTER);
                SyncCalls.sync(this.mv, Memory.MONITOR_ACQUIRED, "monitor");
            }
            case MONITOREXIT -> {
                super.visitInsn(DUP);
                super.visitInsn(DUP);
                SyncCalls.sync(this.mv, Memory.MONITOR_RELEASING, "monitor");
                super.visitInsn(MONITOREXIT);
                SyncCalls.sync(this.mv, Memory.MONITOR_EXITED, "monitor");
            }
            case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN, RETURN, ATHROW -> {
                if (synchronizedMethod && pushMethodMonitor()) {
                    SyncCalls.sync(this.mv, Memory.MONITOR_RELEASING, "monitor");
                }
                super.visitInsn(opcode);
            }
            default -> super.visitInsn(opcode);
        }
    }

    private boolean pushMethodMonitor() {
        if (!staticMethod) {
            super.visitVarInsn(ALOAD, 0);
            return true;
        }
        if (facts.classConstants()) {
            super.visitLdcInsn(Type.getObjectType(facts.name));
            return true;
        }
        return false;
    }
}
