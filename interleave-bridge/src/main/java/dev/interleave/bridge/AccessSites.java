package dev.interleave.bridge;

/**
 * The places in program code where a field or array element is accessed, numbered as the agent
 * instruments them, so that an instrumented access passes one int and the runtime can still name
 * the field and the source line. Numbers are per JVM (the program's bytes are instrumented once),
 * never stored in a schedule.
 */
public final class AccessSites {

    /**
     * One access site.
     *
     * @param field     {@code Owner.name} of the field, or {@code ""} for an array element
     * @param owner     the field's owner class as the instruction names it (binary name), or ""
     * @param name      the field's simple name, or ""
     * @param isStatic  a static field
     * @param flags     the field's access flags when the agent knew them, else {@link #UNKNOWN}
     * @param where     {@code Class.method(File.java:line)}: {@code source}'s text, made once (every access passes it on)
     * @param source    where the access is, in parts
     */
    public record Site(String field, String owner, String name, boolean isStatic, int flags, String where, SourceLine source) {

        /**
         * The binary name of the class whose code makes the access: a trace attributes the access
         * to this line only when that class is code under test.
         */
        public String code() {
            return source.className();
        }
    }

    /** The field's declaration was not at hand when the site was instrumented. */
    public static final int UNKNOWN = -1;

    private static final Numbering<Site> SITES = new Numbering<>();

    private AccessSites() {
    }

    public static int register(Site site) {
        return SITES.register(site);
    }

    public static Site site(int id) {
        return SITES.get(id);
    }
}
