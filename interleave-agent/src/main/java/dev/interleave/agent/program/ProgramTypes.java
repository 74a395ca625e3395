package dev.interleave.agent.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the instrumenter of one program needs to know of the program's other classes, read from
 * their class files without loading them: whether a class is the program's, which class declares a
 * static field that code names through another (JVMS 5.4.3.2: {@code Sub.FIELD} may be declared by
 * a superclass or superinterface, and only the declaring class is initialized), and which fields of
 * an interface with a static initializer live in its statics holder ({@link InterfaceStatics}).
 */
final class ProgramTypes {

    /**
     * A class's own static fields (and which of them are constants), superclass and superinterfaces,
     * as its class file gives them, and whether it is an interface with a static initializer.
     */
    private record Shape(List<String> staticFields, List<String> constants, String superName, List<String> interfaces,
                         boolean statefulInterface) {
    }

    private final Function<String, byte[]> classFiles;
    private final Map<String, Optional<Shape>> shapes = new ConcurrentHashMap<>();

    /** @param classFiles the program's class file of an internal name, or null when it is not the program's */
    ProgramTypes(Function<String, byte[]> classFiles) {
        this.classFiles = classFiles;
    }

    boolean isProgramClass(String internalName) {
        return shape(internalName).isPresent();
    }

    /**
     * The program class that declares the static field {@code name} reached through {@code owner},
     * or null when no program class does (it is the JDK's, or the class files do not say).
     */
    String staticFieldOwner(String owner, String name) {
        Optional<Shape> shape = shape(owner);
        if (shape.isEmpty()) {
            return null;
        }
        if (shape.get().staticFields().contains(name)) {
            return owner;
        }
        for (String superinterface : shape.get().interfaces()) {
            String found = staticFieldOwner(superinterface, name);
            if (found != null) {
                return found;
            }
        }
        return shape.get().superName() == null ? null : staticFieldOwner(shape.get().superName(), name);
    }

    /** Whether a class is an interface with a static initializer, whose fields a statics holder keeps. */
    boolean isStatefulInterface(String internalName) {
        return shape(internalName).map(Shape::statefulInterface).orElse(false);
    }

    /**
     * The statics holder that keeps the static field {@code name} reached through {@code owner}: the
     * declaring interface's, when it is an interface with a static initializer and the field is not a
     * constant; else null.
     */
    String holderOf(String owner, String name) {
        String declaring = staticFieldOwner(owner, name);
        if (declaring == null || !isStatefulInterface(declaring)
                || shape(declaring).orElseThrow().constants().contains(name)) {
            return null;
        }
        return InterfaceStatics.holderName(declaring);
    }

    private Optional<Shape> shape(String internalName) {
        return shapes.computeIfAbsent(internalName, name -> Optional.ofNullable(classFiles.apply(name)).map(ProgramTypes::read));
    }

    private static Shape read(byte[] classFile) {
        List<String> fields = new java.util.ArrayList<>();
        List<String> constants = new java.util.ArrayList<>();
        String[] superName = new String[1];
        List<String> interfaces = new java.util.ArrayList<>();
        boolean[] isInterface = new boolean[1];
        boolean[] initializer = new boolean[1];
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superclass,
                              String[] superinterfaces) {
                superName[0] = superclass;
                isInterface[0] = (access & Opcodes.ACC_INTERFACE) != 0;
                interfaces.addAll(superinterfaces == null ? List.of() : List.of(superinterfaces));
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if ((access & Opcodes.ACC_STATIC) != 0) {
                    fields.add(name);
                    if ((access & Opcodes.ACC_FINAL) != 0 && value != null) {
                        constants.add(name);
                    }
                }
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                initializer[0] |= name.equals("<clinit>");
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new Shape(List.copyOf(fields), List.copyOf(constants), superName[0], List.copyOf(interfaces),
                isInterface[0] && initializer[0]);
    }
}
