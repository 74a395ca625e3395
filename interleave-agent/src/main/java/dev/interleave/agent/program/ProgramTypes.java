package dev.interleave.agent.program;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the instrumenter of one program needs to know of the program's other classes, read from
 * their class files without loading them: whether a class is the program's, and which class
 * declares a static field that code names through another (JVMS 5.4.3.2: {@code Sub.FIELD} may be
 * declared by a superclass or superinterface, and only the declaring class is initialized).
 */
final class ProgramTypes {

    /** A class's own static fields, superclass and superinterfaces, as its class file gives them. */
    private record Shape(List<String> staticFields, String superName, List<String> interfaces) {
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

    private Optional<Shape> shape(String internalName) {
        return shapes.computeIfAbsent(internalName, name -> Optional.ofNullable(classFiles.apply(name)).map(ProgramTypes::read));
    }

    private static Shape read(byte[] classFile) {
        List<String> fields = new java.util.ArrayList<>();
        String[] superName = new String[1];
        List<String> interfaces = new java.util.ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superclass,
                              String[] superinterfaces) {
                superName[0] = superclass;
                interfaces.addAll(superinterfaces == null ? List.of() : List.of(superinterfaces));
            }

            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
                if ((access & Opcodes.ACC_STATIC) != 0) {
                    fields.add(name);
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return new Shape(List.copyOf(fields), superName[0], List.copyOf(interfaces));
    }
}
