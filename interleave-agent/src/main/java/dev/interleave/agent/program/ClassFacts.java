package dev.interleave.agent.program;

import dev.interleave.bridge.InterleaveClasses;
import dev.interleave.bridge.SourceLine;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the memory visitors need to know about the class being instrumented: its name, source file,
 * and the access flags of the fields it declares (its own fields are known before its methods are
 * visited; other classes' are resolved by the runtime).
 */
final class ClassFacts {

    final String name;
    final int version;
    String sourceFile = "";
    private final Map<String, Integer> fieldFlags = new HashMap<>();
    /** JDK classes instrumented as program code (see {@code --instrument}): their fields are program memory. */
    private final Predicate<String> jdkProgram;

    ClassFacts(String name, int version) {
        this(name, version, owner -> false);
    }

    ClassFacts(String name, int version, Predicate<String> jdkProgram) {
        this.name = name;
        this.version = version;
        this.jdkProgram = jdkProgram;
    }

    /** Whether the fields of {@code owner} are program memory: the program's, or a JDK class instrumented as it. */
    boolean programOwner(String owner) {
        return !foreign(owner) || jdkProgram.test(owner);
    }

    /** Whether {@code owner} is a JDK class instrumented as program code. */
    boolean instrumentedJdk(String owner) {
        return jdkProgram.test(owner);
    }

    void field(String fieldName, int access) {
        fieldFlags.put(fieldName, access);
    }

    /** The flags of a field this class declares, or null when {@code owner} is another class or it is inherited. */
    Integer flagsOf(String owner, String fieldName) {
        return owner.equals(name) ? fieldFlags.get(fieldName) : null;
    }

    /** Whether a class constant of this class may be pushed ({@code ldc} of a class needs version 49). */
    boolean classConstants() {
        return (version & 0xffff) >= 49;
    }

    /** The class's binary name ({@code com.example.Outer$Inner}). */
    String binaryName() {
        return name.replace('/', '.');
    }

    /** Where code of this class is: {@code line} 0 when unknown (see {@link SourceLine#text}). */
    SourceLine line(String method, int line) {
        return new SourceLine(binaryName(), method, sourceFile, line);
    }

    /** Field owners whose accesses are not the program's memory: the JDK's and Interleave's classes. */
    static boolean foreign(String owner) {
        return owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
                || owner.startsWith("sun/") || owner.startsWith("com/sun/") || interleaveOwn(owner);
    }

    /** Interleave's API that programs run tasks with, whose synchronization orders their accesses. */
    static boolean taskApi(String className) {
        return InterleaveClasses.role(className) == InterleaveClasses.Role.TASK_API;
    }

    /** Interleave's own API classes ({@code TaskGroup}...), run inside tasks but not program memory. */
    static boolean interleaveOwn(String className) {
        return InterleaveClasses.role(className).ownMemory();
    }
}
