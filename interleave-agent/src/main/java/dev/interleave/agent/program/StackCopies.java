package dev.interleave.agent.program;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Stack shuffles the memory visitors share: copy a reference from under a value, push constants,
 * and pass a value just read or about to be written to {@code Memory.value} with its own type.
 */
final class StackCopies implements Opcodes {

    static final String MEMORY = "dev/interleave/bridge/Memory";

    private StackCopies() {
    }

    /** [ref, v] to [ref, v, ref], for a value of {@code size} slots (1 or 2). */
    static void copyUnder(MethodVisitor mv, int size) {
        if (size == 1) {
            mv.visitInsn(DUP2);
            mv.visitInsn(POP);
        } else {
            mv.visitInsn(DUP2_X1);
            mv.visitInsn(POP2);
            mv.visitInsn(DUP_X2);
        }
    }

    /**
     * Pushes a copy of an instance call's receiver when it sits under no argument, one argument of
     * either size, or two one-slot arguments ([r, a, b] to [r, a, b, r]); false, with nothing
     * pushed, for other shapes.
     */
    static boolean copyReceiver(MethodVisitor mv, Type[] arguments) {
        switch (arguments.length) {
            case 0 -> mv.visitInsn(DUP);
            case 1 -> copyUnder(mv, arguments[0].getSize());
            case 2 -> {
                if (arguments[0].getSize() != 1 || arguments[1].getSize() != 1) {
                    return false;
                }
                mv.visitInsn(DUP2_X1);
                mv.visitInsn(POP2);
                mv.visitInsn(DUP_X2);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Stores the arguments on top of the stack, of types {@code arguments}, into the locals from
     * {@code first} on, and returns the local of each. The locals lie past the method's own (see
     * {@code ProgramInstrumenter}), and a value stored there is loaded back before any branch, so no
     * stack map frame needs to declare them.
     */
    static int[] spill(MethodVisitor mv, Type[] arguments, int first) {
        int[] locals = new int[arguments.length];
        int next = first;
        for (int i = 0; i < arguments.length; i++) {
            locals[i] = next;
            next += arguments[i].getSize();
        }
        for (int i = arguments.length - 1; i >= 0; i--) {
            mv.visitVarInsn(arguments[i].getOpcode(ISTORE), locals[i]);
        }
        return locals;
    }

    /** Pushes the arguments {@link #spill} stored, in order. */
    static void restore(MethodVisitor mv, Type[] arguments, int[] locals) {
        for (int i = 0; i < arguments.length; i++) {
            mv.visitVarInsn(arguments[i].getOpcode(ILOAD), locals[i]);
        }
    }

    /** [array, index, v] to [array, index, v, array, index], for a value of {@code size} slots. */
    static void copyArrayAndIndexUnder(MethodVisitor mv, int size) {
        if (size == 1) {
            mv.visitInsn(DUP_X2);
            mv.visitInsn(POP);
            mv.visitInsn(DUP2_X1);
        } else {
            mv.visitInsn(DUP2_X2);
            mv.visitInsn(POP2);
            mv.visitInsn(DUP2_X2);
        }
    }

    static void push(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) {
            mv.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, value);
        } else {
            mv.visitLdcInsn(value);
        }
    }

    /** Passes a copy of the value on top of the stack, of type {@code type}, to {@code Memory.value}. */
    static void reportValue(MethodVisitor mv, Type type) {
        mv.visitInsn(type.getSize() == 2 ? DUP2 : DUP);
        String parameter = switch (type.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.FLOAT -> "F";
            case Type.DOUBLE -> "D";
            default -> "Ljava/lang/Object;";
        };
        mv.visitMethodInsn(INVOKESTATIC, MEMORY, "value", "(" + parameter + ")V", false);
    }
}
