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
 *
 * <p>Every class file version is rewritten, the libraries of the Java 1.3 and 1.4 era included: a
 * synchronized method left to the JVM would lock its object for real while the synchronized blocks on
 * the same object lock the runtime's token, so the two would not exclude each other, and a task
 * blocked on such a method would wait for a monitor the runtime cannot name. Those class files have
 * no stack map frames (the JVM infers their types), so none is written for them; a static method's
 * monitor is a class constant, which a class file older than Java 5 cannot load, so
 * {@link ProgramInstrumenter} raises such a class to version 49 ({@link #classVersion}).
 *
 * <p>The enter carries the method's first line number: a task blocked on it is shown at the line
 * where the method begins, not at line -1 (code before a method's first line-number entry has none).
 */
final class SynchronizedMethods extends MethodVisitor implements Opcodes {

    /** Whether a method with these access flags is rewritten: it is synchronized and has code. */
    static boolean applies(int access) {
        return (access & ACC_SYNCHRONIZED) != 0 && (access & (ACC_NATIVE | ACC_ABSTRACT)) == 0;
    }

    /**
     * The version to write a class file of this version in when it has a static synchronized method:
     * at least Java 5's (49), the first whose {@code ldc} loads a class constant. The older class
     * files are verified by type inference all the same, up to version 50.
     */
    static int classVersion(int version, boolean staticSynchronized) {
        return staticSynchronized && (version & 0xFFFF) < V1_5 ? V1_5 : version;
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
    /** Where the enter begins: it gets the method's first line number when that is visited. */
    private final Label entry = new Label();
    private boolean lineGiven;
    /** Whether the class file has stack map frames (Java 6 on): older ones have none to extend. */
    private final boolean frames;

    /**
     * @param owner          the internal name of the class that declares the method
     * @param access         the method's original access flags
     * @param firstFreeLocal the method's own number of local slots (its max locals)
     * @param classVersion   the version of the class file the method is read from
     */
    SynchronizedMethods(MethodVisitor next, String owner, int access, int firstFreeLocal, int classVersion) {
        super(ASM9, next);
        this.owner = owner;
        this.isStatic = (access & ACC_STATIC) != 0;
        this.monitorLocal = firstFreeLocal;
        this.frames = (classVersion & 0xFFFF) >= V1_6;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        super.visitLabel(entry);
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

    @Override
    public void visitLineNumber(int line, Label start) {
        if (!lineGiven) {
            lineGiven = true;
            super.visitLineNumber(line, entry);
        }
        super.visitLineNumber(line, start);
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
        if (frames) {
            Object[] locals = withMonitorLocal(new Object[0], 0);
            super.visitFrame(F_NEW, locals.length, locals, 1, new Object[] {"java/lang/Throwable"});
        }
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
