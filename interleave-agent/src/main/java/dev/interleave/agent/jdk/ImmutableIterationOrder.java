package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Fixes the iteration order of {@code Set.of} and {@code Map.of} across JVMs. The JDK salts it per
 * JVM (from {@code System.nanoTime()} at start-up, class-data sharing or not), so a schedule
 * replayed in a new JVM could print a set in another order. Only iteration reads the salt (lookups
 * hash without it), so the iterators read a constant instead, the same in every JVM; the JDK
 * promises no order, so no code may depend on the salted one.
 */
final class ImmutableIterationOrder extends MethodVisitor implements Opcodes {

    static final String OUTER = "java/util/ImmutableCollections";

    /** The salt the iterators see; the JDK derives the direction from its lowest bit, as here. */
    private static final long SALT = 0x5DEE_CE66L;
    private static final boolean REVERSE = (SALT & 1) == 0;

    /** Whether the class is one whose code may read the salt: the nested classes of the collections. */
    static boolean applies(String internalName) {
        return internalName.startsWith(OUTER + "$");
    }

    ImmutableIterationOrder(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        if (opcode == GETSTATIC && owner.equals(OUTER) && name.equals("SALT32L")) {
            super.visitLdcInsn(SALT);
        } else if (opcode == GETSTATIC && owner.equals(OUTER) && name.equals("REVERSE")) {
            super.visitInsn(REVERSE ? ICONST_1 : ICONST_0);
        } else {
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }
    }
}
