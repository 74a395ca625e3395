package dev.interleave.agent.program;

import static dev.interleave.agent.program.StackCopies.MEMORY;

import dev.interleave.bridge.Memory;
import java.util.function.Predicate;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reports the program's calls that are synchronization actions (JLS 17.4.2): into
 * {@code java.util.concurrent} (locks, atomics, field updaters, queues, latches, {@code LockSupport})
 * and {@code VarHandle}, {@code Thread.start} and {@code join}, {@code Object.wait} and
 * {@code notify}. Each is reported before the call, with its receiver when it can be reached (a
 * scheduling point in sync mode, the race detector's release), and again when it returns (the
 * detector's acquire).
 */
final class SyncCalls extends MethodVisitor implements Opcodes {

    private static final String SYNC = "(Ljava/lang/Object;ILjava/lang/String;)V";

    /** JDK classes instrumented as program code: a call into one is a plain call, its inside is watched. */
    private final Predicate<String> instrumented;

    SyncCalls(MethodVisitor next) {
        this(next, owner -> false);
    }

    SyncCalls(MethodVisitor next, Predicate<String> instrumented) {
        super(ASM9, next);
        this.instrumented = instrumented;
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        int action = instrumented.test(owner) ? -1 : actionOf(opcode, owner, name, descriptor);
        if (action < 0) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        if (!pushReceiverCopy(opcode, descriptor)) {
            super.visitInsn(ACONST_NULL);
        }
        sync(this.mv, action, owner.substring(owner.lastIndexOf('/') + 1) + "." + name);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        StackCopies.push(this.mv, action);
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "synced", "(I)V", false);
    }

    /** Calls {@code Memory.sync} on {@code mv} with the target already on the stack. */
    static void sync(MethodVisitor mv, int action, String what) {
        StackCopies.push(mv, action);
        mv.visitLdcInsn(what);
        mv.visitMethodInsn(INVOKESTATIC, MEMORY, "sync", SYNC, false);
    }

    /** The action a call is, or -1 when it is none. */
    private static int actionOf(int opcode, String owner, String name, String descriptor) {
        if (name.equals("<init>")) {
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
        Type[] arguments = Type.getArgumentTypes(descriptor);
        return opcode != INVOKESTATIC && arguments.length <= 1 && StackCopies.copyReceiver(this.mv, arguments);
    }
}
