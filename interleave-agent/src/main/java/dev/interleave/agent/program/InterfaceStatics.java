package dev.interleave.agent.program;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The statics holder of an interface with a static initializer: a class that keeps the interface's
 * non-constant static fields, so that they can be reset between executions. An interface's fields
 * must be final, and only its initializer may store to them, while the JIT takes a final static
 * field of an initialized class for a constant; so the interface's state moves to this plain class,
 * whose fields are not final, and every access to the interface's field goes to the holder's
 * ({@link StaticResets} rewrites them), after a guard that initializes the holder.
 *
 * <p>The holder's initializer is the interface's: for a class file of Java 8 or later it calls the
 * interface's initializer, which stays in the interface (where {@code MethodHandles.lookup()} and
 * its lambdas must be) as a public static method; an older interface has no static methods, nor
 * lambdas or private members, so its initializer's code moves to the holder. The holder is then
 * instrumented like any class of the program: it is reset and initialized once per execution.
 */
public final class InterfaceStatics implements Opcodes {

    /** What a holder's name adds to its interface's. */
    public static final String SUFFIX = "$InterleaveStatics";

    private InterfaceStatics() {
    }

    static String holderName(String interfaceName) {
        return interfaceName + SUFFIX;
    }

    private static boolean hasInitializer(ClassReader reader) {
        boolean[] found = {false};
        reader.accept(new ClassVisitor(ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                found[0] |= name.equals("<clinit>");
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return found[0];
    }

    /** Whether an interface of this class file version keeps its initializer as a static method. */
    static boolean keepsInitializer(int version) {
        return (version & 0xFFFF) >= V1_8;
    }

    /**
     * The holder of the interface {@code interfaceFile}, before the program's instrumentation; null
     * when the class file is not an interface with a static initializer.
     */
    public static byte[] holder(byte[] interfaceFile) {
        ClassReader reader = new ClassReader(interfaceFile);
        if ((reader.getAccess() & ACC_INTERFACE) == 0 || !hasInitializer(reader)) {
            return null;
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(ASM9) {
            private String interfaceName;
            private boolean keeps;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                interfaceName = name;
                keeps = keepsInitializer(version);
                // A guard loads a class constant, which class files before Java 5 cannot hold.
                int written = (version & 0xFFFF) < V1_5 ? V1_5 : version;
                writer.visit(written, ACC_PUBLIC | ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, holderName(name), null,
                        "java/lang/Object", null);
            }

            @Override
            public void visitSource(String source, String debug) {
                writer.visitSource(source, debug);
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if ((access & ACC_STATIC) != 0 && value == null) {
                    writer.visitField(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC, name, descriptor, signature, null).visitEnd();
                }
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (!name.equals("<clinit>")) {
                    return null;
                }
                MethodVisitor mv = writer.visitMethod(ACC_STATIC, "<clinit>", "()V", null, null);
                if (!keeps) {
                    // The old interface's initializer is this class's now, as it was written.
                    return mv;
                }
                mv.visitCode();
                mv.visitMethodInsn(INVOKESTATIC, interfaceName, StaticResets.CLINIT, "()V", true);
                mv.visitInsn(RETURN);
                mv.visitMaxs(0, 0);
                mv.visitEnd();
                return null;
            }

            @Override
            public void visitEnd() {
                writer.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }
}
