package dev.interleave.agent.program;

import static dev.interleave.agent.program.StackCopies.MEMORY;

import dev.interleave.bridge.Memory;
import dev.interleave.bridge.SourceLine;
import dev.interleave.bridge.SyncSites;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reports the program's calls that are synchronization actions (JLS 17.4.2), each with its
 * receiver, whatever the number of its arguments: {@code Thread.start} and every {@code join},
 * every {@code Object.wait}, {@code notify}; calls into {@code java.util.concurrent} (locks,
 * atomics, queues, latches, {@code LockSupport}), whether the call names the package's class or
 * reaches it through a subclass or a supertype (a candidate, see {@link ConcurrentApi}, decided by
 * the runtime); and atomic memory accesses through {@code Unsafe}, {@code VarHandle}s, field
 * updaters and atomic arrays (see {@link AtomicCalls}), with the location they access. Each is
 * reported before the call (a scheduling point in sync mode, the race detector's release, the step
 * footprint's use) and, for a call, again when it returns (the detector's acquire).
 *
 * <p>An argument list too deep to copy the receiver from under it is stored in locals past the
 * method's own ({@code firstScratch} on) and loaded back.
 */
final class SyncCalls extends MethodVisitor implements Opcodes {

    private static final String SYNC = "(Ljava/lang/Object;ILjava/lang/String;)V";
    private static final String CONCURRENT = "java/util/concurrent/";
    private static final String VAR_HANDLE = "java/lang/invoke/VarHandle";

    /** Classes of {@code java.util.concurrent} whose static methods touch no state shared between tasks. */
    private static final Set<String> UNSHARED = Set.of("java/util/concurrent/TimeUnit",
            "java/util/concurrent/ThreadLocalRandom");

    /** The methods of atomics that only read their value. */
    private static final Set<String> ATOMIC_READS = Set.of("get", "getPlain", "getOpaque", "getAcquire", "intValue",
            "longValue", "floatValue", "doubleValue", "byteValue", "shortValue", "sum", "length", "toString",
            "getReference", "isMarked", "getStamp");

    private final ClassFacts facts;
    private final String method;
    private final int firstScratch;
    private int line;

    SyncCalls(MethodVisitor next, ClassFacts facts, String method, int firstScratch) {
        super(ASM9, next);
        this.facts = facts;
        this.method = method;
        this.firstScratch = firstScratch;
    }

    @Override
    public void visitLineNumber(int number, Label start) {
        line = number;
        super.visitLineNumber(number, start);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        // A JDK class instrumented as program code: a call into it is a plain call, its inside is watched.
        if (name.startsWith("<") || facts.instrumentedJdk(owner)) {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            return;
        }
        int action = threadOrMonitorAction(opcode, name, descriptor);
        AtomicCalls.Shape shape = AtomicCalls.shape(opcode, owner, name, descriptor);
        int flags = concurrentFlags(opcode, owner, name, descriptor);
        if (action >= 0) {
            actionCall(action, opcode, owner, name, descriptor, isInterface);
        } else if (shape != null) {
            atomicCall(shape, opcode, owner, name, descriptor, isInterface);
        } else if (flags >= 0) {
            concurrentCall(flags, opcode, owner, name, descriptor, isInterface);
        } else {
            super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        }
    }

    /** Calls {@code Memory.sync} on {@code mv} with the target already on the stack. */
    static void sync(MethodVisitor mv, int action, String what) {
        StackCopies.push(mv, action);
        mv.visitLdcInsn(what);
        mv.visitMethodInsn(INVOKESTATIC, MEMORY, "sync", SYNC, false);
    }

    /** The thread or monitor action a call is, or -1. */
    private static int threadOrMonitorAction(int opcode, String name, String descriptor) {
        if (opcode != INVOKEVIRTUAL) {
            return -1;
        }
        return switch (name + descriptor) {
            case "start()V" -> Memory.THREAD_START;
            case "join()V", "join(J)V", "join(JI)V", "join(Ljava/time/Duration;)Z" -> Memory.THREAD_JOIN;
            case "wait()V", "wait(J)V", "wait(JI)V" -> Memory.WAIT;
            case "notify()V" -> Memory.NOTIFY;
            case "notifyAll()V" -> Memory.NOTIFY_ALL;
            default -> -1;
        };
    }

    /** The {@link SyncSites} flags of a call into {@code java.util.concurrent} (or a candidate), or -1. */
    private static int concurrentFlags(int opcode, String owner, String name, String descriptor) {
        int reads = ATOMIC_READS.contains(name) ? SyncSites.READS_ONLY : 0;
        if (owner.startsWith(CONCURRENT)) {
            return reads | (opcode == INVOKESTATIC && UNSHARED.contains(owner) ? SyncSites.UNSHARED : 0);
        }
        if (owner.equals(VAR_HANDLE)) {
            // A fence (the access modes are atomic calls; other methods only describe the handle).
            return opcode == INVOKESTATIC ? 0 : -1;
        }
        if (opcode != INVOKESTATIC && ConcurrentApi.candidate(owner, name, descriptor)) {
            return reads | SyncSites.CANDIDATE | (opcode == INVOKESPECIAL ? SyncSites.SPECIAL : 0);
        }
        return -1;
    }

    private void actionCall(int action, int opcode, String owner, String name, String descriptor, boolean isInterface) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        int[] spilled = receiverOnTop(arguments);
        sync(this.mv, action, owner.substring(owner.lastIndexOf('/') + 1) + "." + name);
        restore(arguments, spilled);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        StackCopies.push(this.mv, action);
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "synced", "(I)V", false);
    }

    private void concurrentCall(int flags, int opcode, String owner, String name, String descriptor, boolean isInterface) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        int site = register(owner, name, descriptor, flags);
        int[] spilled = null;
        if (opcode == INVOKESTATIC) {
            super.visitInsn(ACONST_NULL);
        } else {
            spilled = receiverOnTop(arguments);
        }
        StackCopies.push(this.mv, site);
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "call", "(Ljava/lang/Object;I)V", false);
        restore(arguments, spilled);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        StackCopies.push(this.mv, site);
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "returned", "(I)V", false);
    }

    /** An atomic access: its location (the handle, holder, offset or index) goes to the runtime first. */
    private void atomicCall(AtomicCalls.Shape shape, int opcode, String owner, String name, String descriptor,
                            boolean isInterface) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        int flags = AtomicCalls.flags(shape, name);
        int site = register(owner, name, descriptor, flags);
        int[] locals = StackCopies.spill(this.mv, arguments, firstScratch);
        if (shape == AtomicCalls.Shape.UNSAFE) {
            super.visitVarInsn(ALOAD, locals[0]);
            super.visitVarInsn(LLOAD, locals[1]);
        } else {
            super.visitInsn(DUP);
            boolean holderFirst = shape != AtomicCalls.Shape.ARRAY && arguments.length > 0
                    && arguments[0].getSort() >= Type.ARRAY;
            if (holderFirst) {
                super.visitVarInsn(ALOAD, locals[0]);
            } else {
                super.visitInsn(ACONST_NULL);
            }
            int index = shape == AtomicCalls.Shape.ARRAY ? 0 : shape == AtomicCalls.Shape.VAR_HANDLE ? 1 : -1;
            if (index >= 0 && index < arguments.length && arguments[index].getSort() == Type.INT) {
                super.visitVarInsn(ILOAD, locals[index]);
            } else {
                super.visitInsn(ICONST_M1);
            }
        }
        int stored = AtomicCalls.storedReference(arguments, flags);
        if (stored >= 0) {
            super.visitVarInsn(ALOAD, locals[stored]);
        } else {
            super.visitInsn(ACONST_NULL);
        }
        StackCopies.push(this.mv, site);
        if (shape == AtomicCalls.Shape.UNSAFE) {
            super.visitMethodInsn(INVOKESTATIC, MEMORY, "unsafeAccess", "(Ljava/lang/Object;JLjava/lang/Object;I)V", false);
        } else {
            super.visitMethodInsn(INVOKESTATIC, MEMORY, "handleAccess",
                    "(Ljava/lang/Object;Ljava/lang/Object;ILjava/lang/Object;I)V", false);
        }
        StackCopies.restore(this.mv, arguments, locals);
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    private int register(String owner, String name, String descriptor, int flags) {
        String what = owner.substring(owner.lastIndexOf('/') + 1) + "." + name;
        SourceLine source = facts.line(method, line);
        return SyncSites.register(new SyncSites.Site(what, owner, name + descriptor, flags, source.text(), source));
    }

    /**
     * Below an instance call's arguments, copies its receiver to the top of the stack: by stack
     * shuffles when the arguments allow it (null returned), else by storing the arguments in
     * locals (returned, to be loaded back with {@link #restore}).
     */
    private int[] receiverOnTop(Type[] arguments) {
        if (StackCopies.copyReceiver(this.mv, arguments)) {
            return null;
        }
        int[] locals = StackCopies.spill(this.mv, arguments, firstScratch);
        super.visitInsn(DUP);
        return locals;
    }

    private void restore(Type[] arguments, int[] spilled) {
        if (spilled != null) {
            StackCopies.restore(this.mv, arguments, spilled);
        }
    }
}
