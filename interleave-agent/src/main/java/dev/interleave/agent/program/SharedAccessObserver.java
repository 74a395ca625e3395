package dev.interleave.agent.program;

import java.util.Set;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Tells the runtime what a call does to state the memory visitors do not see, for step footprints
 * (DFS's reduction, POS): the monitor of a {@code synchronized} method that the JVM still locks
 * (one too old to be desugared; the runtime's monitor model names the others) on entry and on every
 * exit; in Interleave's own task API, which the memory visitors skip, the object holding a volatile
 * field at each access; and, as "shared", {@code Unsafe} calls other than memory accesses (a park,
 * a fence, a copy), instance calls on the JDK's mutable objects (see {@link #jdkMutable}), and
 * {@code Thread.interrupt}, {@code isAlive} and {@code getState} (a task's life is named in
 * footprints only where it starts, is joined and ends). Calls into {@code java.util.concurrent} and
 * atomic accesses are {@link SyncCalls}' to report: the runtime names what they touch by the
 * receiver's class. It sits inside the memory visitors in the chain, so that what it reports comes
 * after the scheduling point they make before the call, in the step that makes the call.
 */
final class SharedAccessObserver extends MethodVisitor implements Opcodes {

    private static final String BRIDGE = "dev/interleave/bridge/Bridge";

    private final String owner;
    private final Set<String> volatileFields;
    /** For a synchronized method: its monitor is {@code this}, or the class when static. */
    private final boolean synchronizedMethod;
    private final boolean staticMethod;
    private final boolean interleaveOwn;

    SharedAccessObserver(MethodVisitor next, String owner, int access, Set<String> volatileFields) {
        super(ASM9, next);
        this.owner = owner;
        // Interleave's task API (TaskGroup) keeps its collections to the task that owns them, or
        // under its own locks: they are not state a footprint must name.
        this.interleaveOwn = ClassFacts.interleaveOwn(owner);
        // Other classes' volatile accesses reach the footprint through the memory visitors, by field.
        this.volatileFields = interleaveOwn ? volatileFields : Set.of();
        this.synchronizedMethod = (access & ACC_SYNCHRONIZED) != 0;
        this.staticMethod = (access & ACC_STATIC) != 0;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        monitorTouched();
    }

    @Override
    public void visitInsn(int opcode) {
        if ((opcode >= IRETURN && opcode <= RETURN) || opcode == ATHROW) {
            monitorTouched();
        }
        super.visitInsn(opcode);
    }

    private void monitorTouched() {
        if (synchronizedMethod) {
            if (staticMethod) {
                super.visitLdcInsn(Type.getObjectType(owner));
            } else {
                super.visitVarInsn(ALOAD, 0);
            }
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "objectTouched", "(Ljava/lang/Object;)V", false);
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String callee, String name, String descriptor, boolean isInterface) {
        // A new object is not shared yet.
        if (!name.equals("<init>") && (shared(opcode, callee, name, descriptor)
                || (opcode != INVOKESTATIC && !interleaveOwn && jdkMutable(callee)))) {
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "sharedAccess", "()V", false);
        }
        super.visitMethodInsn(opcode, callee, name, descriptor, isInterface);
    }

    private static boolean shared(int opcode, String callee, String name, String descriptor) {
        return (callee.endsWith("/Unsafe") && AtomicCalls.shape(opcode, callee, name, descriptor) == null)
                || (callee.equals("java/lang/Thread")
                        && (name.equals("interrupt") || name.equals("isAlive") || name.equals("getState")));
    }

    /**
     * An instance call on a JDK object whose state can change and be shared: a {@code java.util}
     * collection, map or iterator, a string builder, a stream or writer of {@code java.io} (what
     * one task prints, another may read back). Its state is the JDK's, which no footprint names
     * (and views such as iterators reach other objects' state), so the step is taken to touch
     * everything. Without this, two steps using one of them would look independent.
     */
    private static boolean jdkMutable(String callee) {
        return (callee.startsWith("java/util/") && !callee.startsWith("java/util/concurrent/")
                && !callee.equals("java/util/Optional")
                && !callee.equals("java/util/Objects"))
                || callee.equals("java/lang/StringBuilder") || callee.equals("java/lang/StringBuffer")
                || callee.startsWith("java/io/");
    }

    /** A volatile field of this class: the step touches the object (or the class) that holds it. */
    @Override
    public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
        if (fieldOwner.equals(owner) && volatileFields.contains(name)) {
            switch (opcode) {
                case GETSTATIC, PUTSTATIC -> super.visitLdcInsn(Type.getObjectType(owner));
                case GETFIELD -> super.visitInsn(DUP);
                default -> StackCopies.copyUnder(this.mv, Type.getType(descriptor).getSize()); // PUTFIELD
            }
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "objectTouched", "(Ljava/lang/Object;)V", false);
        }
        super.visitFieldInsn(opcode, fieldOwner, name, descriptor);
    }
}
