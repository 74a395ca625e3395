package dev.interleave.agent.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Turns a {@code synchronized} method into a plain one whose body is a synchronized block, in
 * javac's shape: the JVM's implicit locking would bypass {@link MonitorRewriter}, and a monitor
 * must be modelled everywhere or nowhere. The monitor goes into a new local after all of the
 * method's own ({@code firstFreeLocal}), which every stack map frame of the method (read expanded)
 * declares from the enter on, so that the block's {@code monitorexit} verifiably unlocks what its
 * {@code monitorenter} locked and the JIT compilers still compile the method.
 *
 * <p>The catch-all handler that releases the monitor is added last, so that the method's own
 * handlers keep precedence.
 */
final class SynchronizedMethods extends MethodVisitor implements Opcodes {

    /**
     * Whether a method with these access flags, in a class file of this version, is rewritten. Class
     * files older than Java 6 have no stack map frames to extend, and before Java 5 a static
     * method's monitor (a class constant) cannot be loaded.
     */
    static boolean applies(int access, int classVersion) {
        return (access & ACC_SYNCHRONIZED) != 0 && (access & (ACC_NATIVE | ACC_ABSTRACT)) == 0
                && (classVersion & 0xFFFF) >= V1_6;
    }

    /** The access flags of the rewritten method. */
    static int rewrittenAccess(int access) {
        return access & ~ACC_SYNCHRONIZED;
    }

    private final String owner;
    private final boolean isStatic;
    private final int monitorLocal;
    /** The ranges the handler covers: the body, less each return (after its exit), as javac does. */
    private final List<Label> rangeStarts = new ArrayList<>();
    private final List<Label> rangeEnds = new ArrayList<>();
    private final Label handler = new Label();

    /**
     * @param owner          the internal name of the class that declares the method
     * @param access         the method's original access flags
     * @param firstFreeLocal the method's own number of local slots (its max locals)
     */
    SynchronizedMethods(MethodVisitor next, String owner, int access, int firstFreeLocal) {
        super(ASM9, next);
        this.owner = owner;
        this.isStatic = (access & ACC_STATIC) != 0;
        this.monitorLocal = firstFreeLocal;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (isStatic) {
            super.visitLdcInsn(Type.getObjectType(owner));
        } else {
            super.visitVarInsn(ALOAD, 0);
        }
        super.visitInsn(DUP);
        super.visitVarInsn(ASTORE, monitorLocal);
        super.visitInsn(MONITORENTER);
        startRange();
    }

    @Override
    public void visitInsn(int opcode) {
        if (opcode >= IRETURN && opcode <= RETURN) {
            super.visitVarInsn(ALOAD, monitorLocal);
            super.visitInsn(MONITOREXIT);
            // The monitor is released: the return itself must not lead to the handler, which
            // would release it again (the JIT compilers check that locking balances on every path).
            endRange();
            super.visitInsn(opcode);
            startRange();
            return;
        }
        super.visitInsn(opcode);
    }

    private void startRange() {
        Label start = new Label();
        super.visitLabel(start);
        rangeStarts.add(start);
    }

    private void endRange() {
        Label end = new Label();
        super.visitLabel(end);
        rangeEnds.add(end);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        if (type != F_NEW) {
            throw new IllegalStateException("frames must be read expanded (ClassReader.EXPAND_FRAMES)");
        }
        Object[] locals = withMonitorLocal(local, numLocal);
        super.visitFrame(F_NEW, locals.length, locals, numStack, stack);
    }

    @Override
    public void visitMaxs(int maxStack, int maxLocals) {
        endRange();
        super.visitLabel(handler);
        Object[] locals = withMonitorLocal(new Object[0], 0);
        super.visitFrame(F_NEW, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
        super.visitVarInsn(ALOAD, monitorLocal);
        super.visitInsn(MONITOREXIT);
        Label handlerEnd = new Label();
        super.visitLabel(handlerEnd);
        super.visitInsn(ATHROW);
        for (int i = 0; i < rangeStarts.size(); i++) {
            // An empty range (the code after a final return) is not allowed in the table.
            if (rangeStarts.get(i).getOffset() != rangeEnds.get(i).getOffset()) {
                super.visitTryCatchBlock(rangeStarts.get(i), rangeEnds.get(i), handler, null);
            }
        }
        super.visitTryCatchBlock(handler, handlerEnd, handler, null);
        super.visitMaxs(maxStack, Math.max(maxLocals, monitorLocal + 1));
    }

    /** A frame's locals, padded with TOP up to the monitor's local, then the monitor. */
    private Object[] withMonitorLocal(Object[] local, int numLocal) {
        int slots = 0;
        for (int i = 0; i < numLocal; i++) {
            slots += local[i] == LONG || local[i] == DOUBLE ? 2 : 1;
        }
        if (slots > monitorLocal) {
            throw new IllegalStateException("a frame declares more locals than the method has");
        }
        Object[] extended = Arrays.copyOf(local, numLocal + (monitorLocal - slots) + 1);
        Arrays.fill(extended, numLocal, extended.length - 1, TOP);
        extended[extended.length - 1] = "java/lang/Object";
        return extended;
    }
}
