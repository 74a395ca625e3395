package dev.interleave.agent.program;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Gives each class at the root of the program's class hierarchies (its superclass is not the
 * program's) a field for the runtime's state of its objects ({@value #FIELD}): the runtime finds
 * an object's state there at once, where an identity map would slow with every object in it, since
 * {@code -XX:hashCode=2} makes every identity hash code the same. The field is private, transient
 * and synthetic: default serialization, its serial version UID and reflective serializers leave it
 * out.
 */
final class ObjectStateSlot extends ClassVisitor implements Opcodes {

    static final String FIELD = "$interleave$state";

    private final ProgramTypes types;
    private boolean root;

    ObjectStateSlot(ClassVisitor next, ProgramTypes types) {
        super(ASM9, next);
        this.types = types;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        root = (access & (ACC_INTERFACE | ACC_ANNOTATION | ACC_MODULE)) == 0
                && (superName == null || !types.isProgramClass(superName));
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public void visitEnd() {
        if (root) {
            super.visitField(ACC_PRIVATE | ACC_TRANSIENT | ACC_SYNTHETIC, FIELD, "Ljava/lang/Object;", null, null).visitEnd();
        }
        super.visitEnd();
    }
}
