package dev.interleave.agent.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The ways program code can call into {@code java.util.concurrent} without naming it: through a
 * subclass of the program's ({@code class MyLock extends ReentrantLock}, whose {@code lock()} the
 * call names as {@code MyLock.lock}), or through a type outside the package that one of its classes
 * extends or implements ({@code Queue.offer} on a {@code ConcurrentLinkedQueue}). Such a call is a
 * candidate: the runtime decides by its receiver's class whether it reaches the JDK's concurrent code.
 * To keep the other calls free, a candidate must name a method that some class of the package
 * declares. Read once from the JDK's own class files, without loading any class, when the first
 * candidate is met (about 90 ms; a thread of its own started by the agent's premain could deadlock
 * with the JDK patcher's class loading), and kept on disk for the JVMs after it
 * ({@link ConcurrentApiCache}).
 */
final class ConcurrentApi {

    private static final String PACKAGE = "java/util/concurrent/";

    /** Name and descriptor of each public or protected instance method of the package's classes. */
    private final Set<String> methods;
    /** JDK types outside the package that its classes extend or implement, directly or not. */
    private final Set<String> supertypes;

    private static final class Holder {
        static final ConcurrentApi API = load();
    }

    private ConcurrentApi(ConcurrentApiCache.Table table) {
        this.methods = table.methods();
        this.supertypes = table.supertypes();
    }

    private static ConcurrentApi load() {
        Optional<ConcurrentApiCache> cache = ConcurrentApiCache.forThisJdk();
        Optional<ConcurrentApiCache.Table> kept = cache.isPresent() ? cache.get().read() : Optional.empty();
        if (kept.isPresent()) {
            return new ConcurrentApi(kept.get());
        }
        ConcurrentApi api = read();
        if (cache.isPresent()) {
            cache.get().write(api.table());
        }
        return api;
    }

    ConcurrentApiCache.Table table() {
        return new ConcurrentApiCache.Table(methods, supertypes);
    }

    /** Whether a call of {@code name + descriptor} on {@code owner} may reach the package through its receiver. */
    static boolean candidate(String owner, String name, String descriptor) {
        if (owner.startsWith(PACKAGE) || owner.equals("java/lang/Object") || owner.startsWith("[")) {
            return false;
        }
        ConcurrentApi api = Holder.API;
        return (!jdk(owner) || api.supertypes.contains(owner)) && api.methods.contains(name + descriptor)
                && !OBJECT_METHODS.contains(name + descriptor);
    }

    /** {@code Object}'s own methods: a concurrent class's versions read it at most, and they are everywhere. */
    private static final Set<String> OBJECT_METHODS = Set.of("toString()Ljava/lang/String;", "hashCode()I",
            "equals(Ljava/lang/Object;)Z");

    static boolean jdk(String owner) {
        return owner.startsWith("java/") || owner.startsWith("javax/") || owner.startsWith("jdk/")
                || owner.startsWith("sun/") || owner.startsWith("com/sun/");
    }

    /** The table, read from the JDK's class files. */
    static ConcurrentApi read() {
        ConcurrentApi api = new ConcurrentApi(new ConcurrentApiCache.Table(new HashSet<>(), new HashSet<>()));
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Path base = jrt.getPath("/modules/java.base");
        Deque<String> outside = new ArrayDeque<>();
        try (Stream<Path> files = Files.walk(base.resolve("java/util/concurrent"))) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                api.visit(Files.readAllBytes(file), outside);
            }
            // The supertypes' own supertypes: a call may name any of them.
            while (!outside.isEmpty()) {
                String type = outside.pop();
                Path file = base.resolve(type + ".class");
                if (Files.exists(file)) {
                    api.visit(Files.readAllBytes(file), outside);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read java.util.concurrent from the JDK's modules", e);
        }
        return api;
    }

    /** Reads one class: its methods if it is of the package, and its supertypes outside it. */
    private void visit(byte[] classFile, Deque<String> outside) {
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            private boolean inPackage;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                inPackage = name.startsWith(PACKAGE);
                if (superName != null) {
                    supertype(superName);
                }
                for (String face : interfaces) {
                    supertype(face);
                }
            }

            private void supertype(String type) {
                if (!type.startsWith(PACKAGE) && !type.equals("java/lang/Object") && supertypes.add(type)) {
                    outside.push(type);
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (inPackage && (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0
                        && (access & Opcodes.ACC_STATIC) == 0 && !name.startsWith("<")) {
                    methods.add(name + descriptor);
                }
                return null;
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    }
}
