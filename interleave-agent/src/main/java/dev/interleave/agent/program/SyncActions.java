package dev.interleave.agent.program;

import static dev.interleave.agent.program.StackCopies.MEMORY;

import dev.interleave.bridge.Memory;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reports the synchronization actions of program code (JLS 17.4.2): entering and leaving monitors
 * (blocks and synchronized methods), calls into {@code java.util.concurrent} (locks, atomics,
 * queues, latches, field updaters) and {@code VarHandle}, thread start and join, wait and notify.
 * A call is reported before it is made and again when it returns. The race detector orders tasks by
 * these actions; sync mode stops at them. The JVM still does all the locking: this visitor adds
 * calls around monitor instructions and leaves them to the visitors after it.
 */
final class SyncActions extends MethodVisitor implements Opcodes {

    private static final String SYNC = "(Ljava/lang/Object;ILjava/lang/String;)V";

    private final ClassFacts facts;
    private final boolean synchronizedMethod;
    private final boolean staticMethod;

    SyncActions(MethodVisitor next, ClassFacts facts, int access) {
        super(ASM9, next);
        this.facts = facts;
        this.synchronizedMethod = (access & ACC_SYNCHRONIZED) != 0;
        this.staticMethod = (access & ACC_STATIC) != 0;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (synchronizedMethod && pushMethodMonitor()) {
            sync(Memory.METHOD_MONITOR_ACQUIRED, "monitor");
        }
    }

    @Override
    public void visitInsn(int opcode) {
        switch (opcode) {
            case MONITORENTER -> {
                super.visitInsn(DUP);
                super.visitInsn(DUP);
                sync(Memory.MONITOR_ENTER, "monitor");
                super.visitInsn(MONITORENTER);
                sync(Memory.MONITOR_ACQUIRED, "monitor");
            }
            case MONITOREXIT -> {
                super.visitInsn(DUP);
                super.visitInsn(DUP);
                sync(Memory.MONITOR_RELEASING, "monitor");
                super.visitInsn(MONITOREXIT);
                sync(Memory.MONITOR_EXITED, "monitor");
            }
            case IRETURN, LRETURN, FRETURN, DRETURN, ARETURN, RETURN, ATHROW -> {
                if (synchronizedMethod && pushMethodMonitor()) {
                    sync(Memory.MONITOR_RELEASING, "monitor");
                }
                super.visitInsn(opcode);
            }
            default -> super.visitInsn(opcode);
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        int action = actionOf(opcode, owner, name, descriptor);
        if (action < 0) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (!pushReceiverCopy(opcode, descriptor)) {
            super.visitInsn(ACONST_NULL);
        }
        sync(action, owner.substring(owner.lastIndexOf('/') + 1) + "." + name);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        StackCopies.push(this.mv, action);
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "synced", "(I)V", false);
    }

    /** The action a call is, or -1 when it is none. */
    private static int actionOf(int opcode, String owner, String name, String descriptor) {
        if (name.equals("<init>") || opcode == INVOKEDYNAMIC) {
            return -1;
        }
        if (owner.startsWith("java/util/concurrent/") || owner.equals("java/lang/invoke/VarHandle")) {
            return Memory.CONCURRENT_CALL;
        }
        if (opcode != INVOKEVIRTUAL) {
            return -1;
        }
        return switch (name + descriptor) {
            case "start()V" -> Memory.THREAD_START;
            case "join()V", "join(J)V", "join(Ljava/time/Duration;)Z" -> Memory.THREAD_JOIN;
            case "wait()V", "wait(J)V", "wait(JI)V" -> Memory.WAIT;
            case "notify()V", "notifyAll()V" -> Memory.NOTIFY;
            default -> -1;
        };
    }

    /**
     * Pushes a copy of an instance call's receiver, when it is reachable under at most one argument;
     * false (nothing pushed) otherwise.
     */
    private boolean pushReceiverCopy(int opcode, String descriptor) {
        if (opcode == INVOKESTATIC) {
            return false;
        }
        Type[] arguments = Type.getArgumentTypes(descriptor);
        if (arguments.length == 0) {
            super.visitInsn(DUP);
            return true;
        }
        if (arguments.length == 1) {
            StackCopies.copyUnder(this.mv, arguments[0].getSize());
            return true;
        }
        return false;
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

    /** Calls {@code Memory.sync} with the target on the stack. */
    private void sync(int action, String what) {
        StackCopies.push(this.mv, action);
        super.visitLdcInsn(what);
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "sync", SYNC, false);
    }
}
