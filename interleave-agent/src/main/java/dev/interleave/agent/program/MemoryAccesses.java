package dev.interleave.agent.program;

import static dev.interleave.agent.program.StackCopies.MEMORY;

import dev.interleave.bridge.AccessSites;
import dev.interleave.bridge.SourceLine;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Calls the runtime before each read and write of a field or array element in program code, and
 * passes the value read or written (for traces), so that the race detector sees every plain access
 * and preemptive mode can stop before shared ones. Also reports when an object or array is made
 * and a class initialized: the maker is a location's first user, so the first access by any other
 * task makes it shared.
 *
 * <p>Left alone: fields of the JDK and of Interleave; final fields the class declares itself (other
 * classes' are told apart at run time); a class initializer's accesses, to fields and to array
 * elements (the JVM orders class initialization before any use); and a constructor's writes to its own class's fields, which may
 * be to {@code this} before it is initialized, when the verifier allows no other use of it.
 */
final class MemoryAccesses extends MethodVisitor implements Opcodes {

    private final ClassFacts facts;
    private final String method;
    private int line;

    MemoryAccesses(MethodVisitor next, ClassFacts facts, String method) {
        super(ASM9, next);
        this.facts = facts;
        this.method = method;
    }

    @Override
    public void visitCode() {
        super.visitCode();
        if (method.equals("<clinit>") && facts.classConstants()) {
            super.visitLdcInsn(Type.getObjectType(facts.name));
            created();
        }
    }

    @Override
    public void visitLineNumber(int number, org.objectweb.asm.Label start) {
        line = number;
        super.visitLineNumber(number, start);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        Integer own = facts.flagsOf(owner, name);
        boolean skip = !facts.programOwner(owner) || method.equals("<clinit>")
                || (own != null && (own & ACC_FINAL) != 0)
                || (opcode == PUTFIELD && method.equals("<init>") && owner.equals(facts.name));
        boolean isStatic = opcode == GETSTATIC || opcode == PUTSTATIC;
        if (skip || (isStatic && !facts.classConstants())) {
            super.visitFieldInsn(opcode, owner, name, descriptor);
            return;
        }
        String simpleOwner = owner.substring(owner.lastIndexOf('/') + 1);
        SourceLine source = facts.line(method, line);
        int site = AccessSites.register(new AccessSites.Site(simpleOwner + "." + name, owner.replace('/', '.'), name,
                isStatic, own == null ? AccessSites.UNKNOWN : own, source.text(), source));
        Type type = Type.getType(descriptor);
        switch (opcode) {
            case GETFIELD -> super.visitInsn(DUP);
            case PUTFIELD -> StackCopies.copyUnder(this.mv, type.getSize());
            default -> super.visitLdcInsn(Type.getObjectType(owner));
        }
        StackCopies.push(this.mv, site);
        boolean read = opcode == GETFIELD || opcode == GETSTATIC;
        super.visitMethodInsn(INVOKESTATIC, MEMORY, read ? "read" : "write", "(Ljava/lang/Object;I)V", false);
        if (read) {
            super.visitFieldInsn(opcode, owner, name, descriptor);
            StackCopies.reportValue(this.mv, type);
        } else {
            StackCopies.reportValue(this.mv, type);
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }
    }

    @Override
    public void visitInsn(int opcode) {
        Type element = arrayElement(opcode);
        if (element != null && method.equals("<clinit>")) {
            // Like its field accesses: the JVM orders class initialization before any use.
            super.visitInsn(opcode);
            return;
        }
        if (element != null) {
            SourceLine source = facts.line(method, line);
            int site = AccessSites.register(new AccessSites.Site("", "", "", false, 0, source.text(), source));
            boolean read = opcode <= SALOAD;
            if (read) {
                super.visitInsn(DUP2);
            } else {
                StackCopies.copyArrayAndIndexUnder(this.mv, element.getSize());
            }
            StackCopies.push(this.mv, site);
            super.visitMethodInsn(INVOKESTATIC, MEMORY, read ? "arrayRead" : "arrayWrite", "(Ljava/lang/Object;II)V", false);
            if (read) {
                super.visitInsn(opcode);
                StackCopies.reportValue(this.mv, element);
            } else {
                StackCopies.reportValue(this.mv, element);
                super.visitInsn(opcode);
            }
            return;
        }
        if (opcode == RETURN && method.equals("<init>")) {
            super.visitVarInsn(ALOAD, 0);
            created();
        }
        super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        super.visitIntInsn(opcode, operand);
        if (opcode == NEWARRAY) {
            super.visitInsn(DUP);
            created();
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        super.visitTypeInsn(opcode, type);
        if (opcode == ANEWARRAY) {
            super.visitInsn(DUP);
            created();
        }
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        super.visitMultiANewArrayInsn(descriptor, dimensions);
        super.visitInsn(DUP);
        created();
    }

    private void created() {
        super.visitMethodInsn(INVOKESTATIC, MEMORY, "created", "(Ljava/lang/Object;)V", false);
    }

    /** The element type an array load or store moves, or null for any other instruction. */
    private static Type arrayElement(int opcode) {
        return switch (opcode) {
            case IALOAD, IASTORE, BALOAD, BASTORE, SALOAD, SASTORE -> Type.INT_TYPE;
            case LALOAD, LASTORE -> Type.LONG_TYPE;
            case FALOAD, FASTORE -> Type.FLOAT_TYPE;
            case DALOAD, DASTORE -> Type.DOUBLE_TYPE;
            case CALOAD, CASTORE -> Type.CHAR_TYPE;
            case AALOAD, AASTORE -> Type.getObjectType("java/lang/Object");
            default -> null;
        };
    }
}
