package dev.interleave.agent.jdk;

import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** The shapes of patch that the JDK patches are made of, each a call into the bridge. */
final class BridgeCalls implements Opcodes {

    static final String BRIDGE = "dev/interleave/bridge/Bridge";
    static final String THREAD = "java/lang/Thread";

    private BridgeCalls() {
    }

    /** Calls {@code Bridge.name(desc)} first thing in the method, with the given loads before it. */
    static Patch atEntry(Loads loads, String name, String descriptor) {
        return atEntry(BRIDGE, loads, name, descriptor);
    }

    /** Calls the static {@code owner.name(desc)} of the bridge first thing, with the given loads before it. */
    static Patch atEntry(String owner, Loads loads, String name, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                loads.emit(mv);
                mv.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
            }
        };
    }

    /**
     * Before each reference return, replaces the returned value by the bridge's
     * {@code owner.name(value, loads...)}.
     */
    static Patch filterReturn(String owner, Loads loads, String name, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitInsn(int opcode) {
                if (opcode == ARETURN) {
                    loads.emit(mv);
                    mv.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
                }
                super.visitInsn(opcode);
            }
        };
    }

    /** Replaces local {@code slot} (a reference) by {@code Bridge.name(it)} first thing. */
    static Patch replaceArgument(int slot, String name, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                mv.visitVarInsn(ALOAD, slot);
                mv.visitMethodInsn(INVOKESTATIC, BRIDGE, name, descriptor, false);
                mv.visitVarInsn(ASTORE, slot);
            }
        };
    }

    /** Returns at once (void) when {@code Bridge.name(loads...)} answers true. */
    static Patch returnIfTrue(Loads loads, String name, String descriptor) {
        return returnIfTrue(BRIDGE, loads, name, descriptor);
    }

    /** Returns at once (void) when the static {@code owner.name(loads...)} of the bridge answers true. */
    static Patch returnIfTrue(String owner, Loads loads, String name, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                Label proceed = new Label();
                loads.emit(mv);
                mv.visitMethodInsn(INVOKESTATIC, owner, name, descriptor, false);
                mv.visitJumpInsn(IFEQ, proceed);
                mv.visitInsn(RETURN);
                mv.visitLabel(proceed);
                frame.visit(mv);
                mv.visitInsn(NOP);
            }
        };
    }

    /** Returns at once (void) when {@code Bridge.name(this)} answers true. */
    static Patch returnIfTrue(String name) {
        return returnIfTrue(Loads.locals(ALOAD, 0), name, "(Ljava/lang/Thread;)Z");
    }

    /**
     * For a {@code Thread} instance method: when this thread object is stood in for by a
     * controlled virtual thread, calls the same method on that thread instead and returns its
     * answer.
     */
    static Patch forwardToProxy(String method, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                Label proceed = new Label();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKESTATIC, BRIDGE, "proxyOf", "(Ljava/lang/Thread;)Ljava/lang/Thread;", false);
                mv.visitJumpInsn(IFNULL, proceed);
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKESTATIC, BRIDGE, "proxyOf", "(Ljava/lang/Thread;)Ljava/lang/Thread;", false);
                loadArguments(mv, descriptor);
                mv.visitMethodInsn(INVOKEVIRTUAL, THREAD, method, descriptor, false);
                mv.visitInsn(Type.getReturnType(descriptor).getOpcode(IRETURN));
                mv.visitLabel(proceed);
                frame.visit(mv);
                mv.visitInsn(NOP);
            }
        };
    }

    /** Loads an instance method's arguments (from local 1 on), to call a method of the same descriptor. */
    static void loadArguments(MethodVisitor mv, String descriptor) {
        int slot = 1;
        for (Type argument : Type.getArgumentTypes(descriptor)) {
            mv.visitVarInsn(argument.getOpcode(ILOAD), slot);
            slot += argument.getSize();
        }
    }

    /** Returns {@code Bridge.name()} (an int) at once unless it is negative. */
    static Patch returnIntUnlessNegative(String name) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                Label proceed = new Label();
                mv.visitMethodInsn(INVOKESTATIC, BRIDGE, name, "()I", false);
                mv.visitInsn(DUP);
                mv.visitJumpInsn(IFLT, proceed);
                mv.visitInsn(IRETURN);
                mv.visitLabel(proceed);
                frame.visit(mv, INTEGER);
                mv.visitInsn(POP);
            }
        };
    }

    /** Returns {@code Bridge.name(this)} (a long) at once unless it is negative. */
    static Patch returnLongUnlessNegative(String name) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                Label proceed = new Label();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKESTATIC, BRIDGE, name, "(Ljava/lang/Thread;)J", false);
                mv.visitInsn(DUP2);
                mv.visitInsn(LCONST_0);
                mv.visitInsn(LCMP);
                mv.visitJumpInsn(IFLT, proceed);
                mv.visitInsn(LRETURN);
                mv.visitLabel(proceed);
                frame.visit(mv, LONG);
                mv.visitInsn(POP2);
            }
        };
    }

    /** Before each void return, passes {@code this} to {@code Bridge.name(this)} (constructors too). */
    static Patch beforeVoidReturn(String name, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitInsn(int opcode) {
                if (opcode == RETURN) {
                    mv.visitVarInsn(ALOAD, 0);
                    mv.visitMethodInsn(INVOKESTATIC, BRIDGE, name, descriptor, false);
                }
                super.visitInsn(opcode);
            }
        };
    }

    /** Before each reference return, passes the returned value to {@code Bridge.name(value)}. */
    static Patch beforeReturn(String name, String descriptor) {
        return (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitInsn(int opcode) {
                if (opcode == ARETURN) {
                    mv.visitInsn(DUP);
                    mv.visitMethodInsn(INVOKESTATIC, BRIDGE, name, descriptor, false);
                }
                super.visitInsn(opcode);
            }
        };
    }

    /** Loads pushed before a bridge call. */
    @FunctionalInterface
    interface Loads {
        void emit(MethodVisitor mv);

        static Loads none() {
            return mv -> { };
        }

        static Loads locals(int... slotsAndOpcodes) {
            return mv -> {
                for (int i = 0; i < slotsAndOpcodes.length; i += 2) {
                    mv.visitVarInsn(slotsAndOpcodes[i], slotsAndOpcodes[i + 1]);
                }
            };
        }
    }
}
