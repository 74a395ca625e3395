package dev.interleave.agent.program;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Turns a {@code synchronized} method into a plain one whose body is a synchronized block, as
 * javac compiles {@code synchronized (this) {...}}: the JVM's implicit locking would bypass
 * {@link MonitorRewriter}, and a monitor must be modelled everywhere or nowhere. The block's
 * monitor instructions then pass through the rest of the chain like the program's own.
 *
 * <p>The catch-all handler that releases the monitor is added last, so that the method's own
 * handlers keep precedence; its stack map frame keeps only {@code this}, which every point of the
 * method can be verified against.
 */
final class SynchronizedMethods extends MethodVisitor implements Opcodes {

    /**
     * Whether a method with these access flags, in a class file of this version, is rewritten. Class
     * files older than Java 5 cannot load a class constant, which a static method's monitor is.
     */
    static boolean applies(int access, int classVersion) {
        return (access & ACC_SYNCHRONIZED) != 0 && (access & (ACC_NATIVE | ACC_ABSTRACT)) == 0
                && (classVersion & 0xFFFF) >= V1_5;
    }

    /** The access flags of the rewritten method. */
    static int rewrittenAccess(int access) {
        return access & ~ACC_SYNCHRONIZED;
    }

    private final String owner;
    private final boolean isStatic;
    private final boolean writeFrames;
    private final Label bodyStart = new Label();
    private final Label bodyEnd = new Label();
    private final Label handler = new Label();

    /**
     * @param owner        the internal name of the class that declares the method
     * @param access       the method's original access flags
     * @param classVersion the class file's major version (frames exist from 50 on)
     */
    SynchronizedMethods(MethodVisitor next, String owner, int access, int classVersion) {
        super(ASM9, next);
        this.owner = owner;
        this.isStatic = (access & ACC_STATIC) != 0;
        this.writeFrames = (classVersion & 0xFFFF) >= V1_6;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        pushMonitor();
        super.visitInsn(MONITORENTER);
        super.visitLabel(bodyStart);
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= IRETURN && opcode <= RETURN) {
            pushMonitor();
            super.visitInsn(MONITOREXIT);
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        super.visitLabel(bodyEnd);
        super.visitLabel(handler);
        if (writeFrames) {
            Object[] locals = isStatic ? new Object[0] : new Object[] {owner};
            super.visitFrame(F_FULL, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
        }
        pushMonitor();
        super.visitInsn(MONITOREXIT);
        super.visitInsn(ATHROW);
        super.visitTryCatchBlock(bodyStart, bodyEnd, handler, null);
        super.visitMaxs(maxStack, maxLocals);
    }

    private void pushMonitor() {
        if (isStatic) {
            super.visitLdcInsn(Type.getObjectType(owner));
        } else {
            super.visitVarInsn(ALOAD, 0);
        }
    }
}
