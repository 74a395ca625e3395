package dev.interleave.bridge;

/**
 * The places in program code that call into the JDK's synchronization: a method of
 * {@code java.util.concurrent} (or one that may reach it, decided by its receiver when it runs), or
 * an atomic access to memory through {@code Unsafe}, a {@code VarHandle}, a field updater or an
 * atomic array. Numbered as the agent instruments them, like {@link AccessSites}, so that an
 * instrumented call passes one int and the runtime still knows what it calls and where.
 */
public final class SyncSites {

    /**
     * One call site.
     *
     * @param what   {@code Owner.name}, as the call names its method (the owner's simple name)
     * @param owner  the owner's internal name, as the instruction names it
     * @param method the method's name and descriptor
     * @param flags  what the call is: the bits below
     * @param where  {@code Class.method(File.java:line)}: {@code source}'s text, made once
     * @param source where the call is, in parts
     */
    public record Site(String what, String owner, String method, int flags, String where, SourceLine source) {

        /** The binary name of the class whose code makes the call. */
        public String code() {
            return source.className();
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }

        /** How an atomic access uses its location: {@link #READ}, {@link #WRITE} or {@link #UPDATE}. */
        public int use() {
            return flags & (READ | WRITE);
        }
    }

    /**
     * The call may or may not reach {@code java.util.concurrent}: it does when its receiver is
     * (or extends) a class of that package and the method it resolves to is the JDK's.
     */
    public static final int CANDIDATE = 1;
    /** An {@code invokespecial} (a {@code super.} call): the method resolves from the owner, not the receiver's class. */
    public static final int SPECIAL = 1 << 1;
    /** A static call into a class whose state no task shares with another ({@code TimeUnit}, {@code ThreadLocalRandom}). */
    public static final int UNSHARED = 1 << 2;
    /** The atomic access reads its location. */
    public static final int READ = 1 << 3;
    /** The atomic access writes its location; with {@link #READ}, it reads and writes it ({@link #UPDATE}). */
    public static final int WRITE = 1 << 4;
    public static final int UPDATE = READ | WRITE;
    /** The access has plain memory semantics (no ordering): a data race if unordered with a conflicting one. */
    public static final int PLAIN = 1 << 5;
    /** Of an atomic ({@code AtomicInteger}...): the method only reads its value. */
    public static final int READS_ONLY = 1 << 6;

    private static final Numbering<Site> SITES = new Numbering<>();

    private SyncSites() {
    }

    public static int register(Site site) {
        return SITES.register(site);
    }

    public static Site site(int id) {
        return SITES.get(id);
    }
}
