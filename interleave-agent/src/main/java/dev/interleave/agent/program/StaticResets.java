package dev.interleave.agent.program;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Prepares a class of Interleave's program class loader so that one loader can serve many
 * executions, each with fresh static state: the class initializer becomes an ordinary method that
 * the runtime calls once per execution, at the first use the JVM would initialize the class at,
 * after a second method has set every static field back to its default.
 *
 * <ul>
 *   <li>{@code <clinit>} is renamed to {@value #CLINIT}; the JVM's own initialization does nothing.
 *   <li>{@value #RESET} stores each static field's default (or its {@code ConstantValue}); the
 *       {@code final} flag of static fields without a constant value goes, since only an initializer
 *       may store to a final field.
 *   <li>Every static method and constructor starts with {@code Bridge.initialize(ThisClass)}, and
 *       every {@code new} of another program class, and {@code getstatic}/{@code putstatic} of a
 *       field that another program class declares (or this one, from code that did not pass such a
 *       guard), is preceded by {@code Bridge.initialize(Declaring)}: the places where JLS 12.4.1
 *       initializes a class, and the class it initializes (a field named through a subclass
 *       initializes only the class that declares it). A guard has no branch, so stack map frames
 *       stay valid. What the JDK initializes on the program's behalf (reflection, handles,
 *       {@code Class.forName}) reaches the runtime through the JDK's patches.
 * </ul>
 *
 * An interface with an initializer keeps its state in a statics holder ({@link InterfaceStatics}):
 * an interface's fields must stay final, and only an initializer may store to a final field. Its
 * initializer becomes a public static method of it (or, before Java 8, the holder's own
 * initializer), every access to one of its non-constant fields goes to the holder's field after a
 * guard that initializes the holder, and its static methods start with that guard. Enums are reset
 * like any class; the runtime clears the JDK's cache of their constants when their initializer runs
 * again.
 */
public final class StaticResets extends ClassVisitor implements Opcodes {

    public static final String CLINIT = "$interleave$clinit";
    public static final String RESET = "$interleave$reset";
    private static final String BRIDGE = "dev/interleave/bridge/Bridge";

    private final ProgramTypes types;
    private final Consumer<String> notResettable;
    private final List<Object[]> staticFields = new ArrayList<>();
    private String className;
    private boolean resettable;
    private boolean isInterface;
    /** An interface with an initializer: its state is its holder's. */
    private boolean statefulInterface;
    private boolean keepsInitializer;

    /**
     * @param types         the program's classes (those its loader defines)
     * @param notResettable told the name of a class that cannot be reset
     */
    StaticResets(ClassVisitor next, ProgramTypes types, Consumer<String> notResettable) {
        super(ASM9, next);
        this.types = types;
        this.notResettable = notResettable;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        className = name;
        isInterface = (access & ACC_INTERFACE) != 0;
        statefulInterface = isInterface && types.isStatefulInterface(name);
        keepsInitializer = InterfaceStatics.keepsInitializer(version);
        // An enum is reset as any class: its initializer makes new constants in every execution, and
        // the runtime clears the JDK's cache of them (EnumCaches).
        resettable = !isInterface;
        // A guard loads a class constant, which class files before Java 5 cannot hold.
        int major = version & 0xFFFF;
        int written = major < V1_5 ? V1_5 : version;
        super.visit(written, access, name, signature, superName, interfaces);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        boolean isStatic = (access & ACC_STATIC) != 0;
        boolean isFinal = (access & ACC_FINAL) != 0;
        int written = access;
        if (resettable && isStatic && !(isFinal && value != null)) {
            // A non-final field's ConstantValue is not applied by class initialization: store it ourselves.
            staticFields.add(new Object[] {name, descriptor, value});
            written = access & ~ACC_FINAL;
        }
        return super.visitField(written, name, descriptor, signature, value);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        boolean clinit = name.equals("<clinit>");
        if (clinit && statefulInterface) {
            if (!keepsInitializer) {
                // Its code is the holder's initializer now (InterfaceStatics).
                return null;
            }
            // The holder's initializer calls it: public, as an interface's methods were before Java 9.
            MethodVisitor mv = super.visitMethod(ACC_PUBLIC | ACC_STATIC | ACC_SYNTHETIC, CLINIT, descriptor, null, null);
            return new Guards(mv, null, true);
        }
        if (clinit && isInterface) {
            notResettable.accept(className.replace('/', '.') + " (an interface with a static initializer)");
        }
        if (clinit && resettable) {
            MethodVisitor mv = super.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, CLINIT, descriptor, null, null);
            return new Guards(mv, null, true);
        }
        boolean isStatic = (access & ACC_STATIC) != 0;
        String entryGuard = resettable && (isStatic || name.equals("<init>")) ? className
                : statefulInterface && isStatic && !clinit ? InterfaceStatics.holderName(className) : null;
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        return mv == null ? null : new Guards(mv, entryGuard, clinit || entryGuard != null);
    }

    @Override
    public void visitEnd() {
        if (resettable) {
            MethodVisitor mv = super.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, RESET, "()V", null, null);
            mv.visitCode();
            for (Object[] field : staticFields) {
                pushDefault(mv, (String) field[1], field[2]);
                mv.visitFieldInsn(PUTSTATIC, className, (String) field[0], (String) field[1]);
            }
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        super.visitEnd();
    }

    private static void pushDefault(MethodVisitor mv, String descriptor, Object constant) {
        if (constant != null) {
            mv.visitLdcInsn(constant);
            return;
        }
        switch (Type.getType(descriptor).getSort()) {
            case Type.LONG -> mv.visitInsn(LCONST_0);
            case Type.FLOAT -> mv.visitInsn(FCONST_0);
            case Type.DOUBLE -> mv.visitInsn(DCONST_0);
            case Type.OBJECT, Type.ARRAY -> mv.visitInsn(ACONST_NULL);
            default -> mv.visitInsn(ICONST_0);
        }
    }

    /** Inserts the guards of one method. */
    private final class Guards extends MethodVisitor {
        /** The class that the method's first instruction initializes, or null. */
        private final String entryGuard;
        /** This class is known initialized here: its own fields need no guard. */
        private final boolean ownClassReady;

        Guards(MethodVisitor next, String entryGuard, boolean ownClassReady) {
            super(ASM9, next);
            this.entryGuard = entryGuard;
            this.ownClassReady = ownClassReady;
        }

        /** Where the entry guard begins: it gets the method's first line number when that is visited. */
        private final Label entry = new Label();
        private boolean lineGiven;

        @Override
        public void visitCode() {
            super.visitCode();
            if (entryGuard != null) {
                super.visitLabel(entry);
                guard(entryGuard);
            }
        }

        /**
         * The entry guard runs an initializer, whose frames are the program's: the method's frame
         * above them shows the method's first line, not none (code before a method's first
         * line-number entry has no line).
         */
        @Override
        public void visitLineNumber(int line, Label start) {
            if (entryGuard != null && !lineGiven) {
                lineGiven = true;
                super.visitLineNumber(line, entry);
            }
            super.visitLineNumber(line, start);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == GETSTATIC || opcode == PUTSTATIC) {
                String holder = types.holderOf(owner, name);
                if (holder != null) {
                    // An interface's state: the holder's field, the holder initialized first.
                    boolean ownState = ownClassReady && (holder.equals(className)
                            || holder.equals(InterfaceStatics.holderName(className)));
                    if (!ownState) {
                        guard(holder);
                    }
                    super.visitFieldInsn(opcode, holder, name, descriptor);
                    return;
                }
                String declaring = types.staticFieldOwner(owner, name);
                if (declaring != null && !(ownClassReady && declaring.equals(className))
                        && (!declaring.equals(className) || resettable)) {
                    guard(declaring);
                }
            }
            super.visitFieldInsn(opcode, owner, name, descriptor);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            super.visitTypeInsn(opcode, type);
            // The JVM initializes the class at the new, before the constructor's arguments are
            // evaluated; the constructor's own guard is for those made by reflection or the JDK.
            // The guard goes right after the new, not before it: stack map frames name an object
            // not yet constructed by the offset of its new, which a label just before it marks.
            if (opcode == NEW && !(ownClassReady && type.equals(className))
                    && (type.equals(className) ? resettable : types.isProgramClass(type))) {
                guard(type);
            }
        }

        private void guard(String owner) {
            super.visitLdcInsn(Type.getObjectType(owner));
            super.visitMethodInsn(INVOKESTATIC, BRIDGE, "initialize", "(Ljava/lang/Class;)V", false);
        }
    }
}
