package dev.interleave.agent.jdk;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The stack map frame of a method at its first instruction, for code that Interleave puts in front
 * of a JDK method and that branches over an early return. Classes are read with expanded frames,
 * so frames are written uncompressed.
 */
final class EntryFrame {

    private final Object[] locals;

    EntryFrame(String owner, int access, String descriptor) {
        List<Object> types = new ArrayList<>();
        if ((access & Opcodes.ACC_STATIC) == 0) {
            types.add(owner);
        }
        for (Type argument : Type.getArgumentTypes(descriptor)) {
            types.add(verificationType(argument));
        }
        this.locals = types.toArray();
    }

    /** Writes the entry frame with the given stack at the current position. */
    void visit(org.objectweb.asm.MethodVisitor mv, Object... stack) {
        mv.visitFrame(Opcodes.F_NEW, locals.length, locals.clone(), stack.length, stack);
    }

    private static Object verificationType(Type type) {
        return switch (type.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> Opcodes.INTEGER;
            case Type.LONG -> Opcodes.LONG;
            case Type.FLOAT -> Opcodes.FLOAT;
            case Type.DOUBLE -> Opcodes.DOUBLE;
            default -> type.getInternalName();
        };
    }
}
