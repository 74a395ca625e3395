package dev.interleave.agent.program;

import static dev.interleave.bridge.SyncSites.PLAIN;
import static dev.interleave.bridge.SyncSites.READ;
import static dev.interleave.bridge.SyncSites.UPDATE;
import static dev.interleave.bridge.SyncSites.WRITE;

import java.lang.invoke.VarHandle;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The calls that access one memory location atomically, outside the field and array instructions
 * the memory visitors see: {@code Unsafe}'s (of {@code sun.misc} and {@code jdk.internal.misc}) on an
 * object and offset, a {@code VarHandle}'s access modes, a field updater's and an atomic array's
 * methods. Lock-free libraries are built on them. Each is classified by how it uses its location
 * ({@code SyncSites} flags: read, write or both, and whether it is plain).
 */
final class AtomicCalls implements Opcodes {

    /** Not an atomic access. */
    static final int NONE = 0;

    /** The shapes of atomic access, as the instrumentation must pass their location to the runtime. */
    enum Shape {
        /** {@code unsafe.op(Object holder, long offset, ...)}. */
        UNSAFE,
        /** {@code handle.op(coordinates..., values...)}. */
        VAR_HANDLE,
        /** {@code updater.op(Object holder, ...)}. */
        UPDATER,
        /** {@code array.op(int index, ...)}. */
        ARRAY
    }

    private static final String ATOMIC = "java/util/concurrent/atomic/";
    /** Methods of updaters and atomic arrays that read only. */
    private static final Set<String> READS = Set.of("get", "getAcquire", "getOpaque");
    /** Methods of updaters and atomic arrays that write only. */
    private static final Set<String> WRITES = Set.of("set", "lazySet", "setRelease", "setOpaque");

    private AtomicCalls() {
    }

    /** The shape of an atomic access call, or null when the call is none. */
    static Shape shape(int opcode, String owner, String name, String descriptor) {
        if (opcode != INVOKEVIRTUAL) {
            return null;
        }
        if ((owner.equals("sun/misc/Unsafe") || owner.equals("jdk/internal/misc/Unsafe"))
                && descriptor.startsWith("(Ljava/lang/Object;J") && unsafeUse(name) != NONE) {
            return Shape.UNSAFE;
        }
        if (owner.equals("java/lang/invoke/VarHandle")) {
            return varHandleUse(name) != NONE ? Shape.VAR_HANDLE : null;
        }
        if (!owner.startsWith(ATOMIC) || updaterUse(name) == NONE) {
            return null;
        }
        if (owner.endsWith("FieldUpdater") && descriptor.startsWith("(Ljava/lang/Object;")) {
            return Shape.UPDATER;
        }
        if (owner.endsWith("Array") && descriptor.startsWith("(I")) {
            return Shape.ARRAY;
        }
        return null;
    }

    /** The access's {@code SyncSites} flags. */
    static int flags(Shape shape, String name) {
        return switch (shape) {
            case UNSAFE -> unsafeUse(name);
            case VAR_HANDLE -> varHandleUse(name);
            case UPDATER, ARRAY -> updaterUse(name);
        };
    }

    /**
     * {@code getX} reads, {@code putX} writes, compare-and-set and get-and-op do both; plain unless
     * volatile, acquire, release, opaque or ordered.
     */
    private static int unsafeUse(String name) {
        int use;
        if (name.startsWith("compareAnd") || name.startsWith("weakCompareAnd") || name.startsWith("getAnd")) {
            use = UPDATE;
        } else if (name.startsWith("get")) {
            use = READ;
        } else if (name.startsWith("put")) {
            use = WRITE;
        } else {
            return NONE;
        }
        boolean ordered = name.contains("Volatile") || name.contains("Acquire") || name.contains("Release")
                || name.contains("Opaque") || name.contains("Ordered") || use == UPDATE;
        return ordered ? use : use | PLAIN;
    }

    private static int varHandleUse(String name) {
        VarHandle.AccessMode mode;
        try {
            mode = VarHandle.AccessMode.valueFromMethodName(name);
        } catch (IllegalArgumentException e) {
            return NONE;
        }
        return switch (mode) {
            case GET -> READ | PLAIN;
            case SET -> WRITE | PLAIN;
            case GET_VOLATILE, GET_ACQUIRE, GET_OPAQUE -> READ;
            case SET_VOLATILE, SET_RELEASE, SET_OPAQUE -> WRITE;
            default -> UPDATE;
        };
    }

    /** An updater's or atomic array's: {@code get}/{@code set} are volatile, {@code getPlain}/{@code setPlain} plain. */
    private static int updaterUse(String name) {
        if (name.equals("getPlain")) {
            return READ | PLAIN;
        }
        if (name.equals("setPlain")) {
            return WRITE | PLAIN;
        }
        if (READS.contains(name)) {
            return READ;
        }
        if (WRITES.contains(name)) {
            return WRITE;
        }
        boolean update = name.startsWith("compareAnd") || name.startsWith("weakCompareAnd") || name.startsWith("getAnd")
                || name.endsWith("AndGet");
        return update ? UPDATE : NONE;
    }

    /** The argument that an access stores, when it is a reference (it may publish its object), or -1. */
    static int storedReference(Type[] arguments, int flags) {
        int last = arguments.length - 1;
        return (flags & WRITE) != 0 && last >= 0 && arguments[last].getSort() >= Type.ARRAY ? last : -1;
    }
}
