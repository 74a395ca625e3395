package dev.interleave.bridge;

/**
 * What the runtime does at the memory accesses and synchronization actions of instrumented
 * program code (see {@link Memory}). Every call is made only while a runtime is installed, and must
 * answer quickly for threads that are not controlled.
 */
public interface MemoryHooks {

    /** Before a read of a field: {@code holder} is the object, or the {@code Class} for a static field. */
    void read(Object holder, int site);

    /** Before a write of a field. */
    void write(Object holder, int site);

    /** Before a read of {@code array[index]}. */
    void arrayRead(Object array, int index, int site);

    /** Before a write of {@code array[index]}. */
    void arrayWrite(Object array, int index, int site);

    /** The value the last access read or is about to write: for a trace, and a stored reference publishes its object. */
    void value(Object value);

    /** An object of a program class was constructed, an array made, or a program class initialized. */
    void created(Object object);

    /** A synchronization action on {@code target} (null when not at hand), one of {@link Memory}'s codes. */
    void sync(Object target, int action, String what);

    /** The call that the last {@link #sync} announced returned. */
    void synced(int action);

    /**
     * Before a call at a {@link SyncSites site} that reaches, or may reach, {@code java.util.concurrent}:
     * {@code receiver} is null for a static method.
     */
    void call(Object receiver, int site);

    /** The call at {@code site} returned. */
    void returned(int site);

    /** Before an {@code Unsafe} access (see {@link Memory#unsafeAccess}). */
    void unsafeAccess(Object holder, long offset, Object stored, int site);

    /** Before an atomic access through a {@code VarHandle}, field updater or atomic array (see {@link Memory#handleAccess}). */
    void handleAccess(Object handle, Object holder, int index, Object stored, int site);
}
