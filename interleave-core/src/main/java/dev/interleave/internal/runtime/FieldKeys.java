package dev.interleave.internal.runtime;

import dev.interleave.DataRace;
import dev.interleave.bridge.AccessSites;
import java.lang.reflect.Field;
import java.util.Arrays;

/**
 * The key of a field's location within the object (or class) that holds it, for the race detector:
 * {@code Declaring.name}, by the class that declares the field. An instruction may name a field
 * through a subclass, and an atomic access names it by its offset: both must find the one location,
 * so that a compare-and-set and a {@code getfield} of the same field are ordered with each other.
 * Two fields of one name, one hiding the other, stay apart. Cached per access site.
 */
final class FieldKeys {

    private static volatile String[] bySite = new String[256];

    private FieldKeys() {
    }

    static String key(String declaringSimpleName, String field) {
        return declaringSimpleName + "." + field;
    }

    /** The key of the field an access site names, in {@code holder} (the object, or the class for a static field). */
    static String of(AccessSites.Site site, int siteId, Object holder) {
        if (site.flags() != AccessSites.UNKNOWN) {
            return site.field(); // the instruction's class declares the field
        }
        String[] cached = bySite;
        if (siteId < cached.length && cached[siteId] != null) {
            return cached[siteId];
        }
        return lookUp(site, siteId, holder);
    }

    private static synchronized String lookUp(AccessSites.Site site, int siteId, Object holder) {
        Field field = FieldFlags.field(site, holder);
        String key = field == null ? site.field() : key(simpleName(field.getDeclaringClass()), field.getName());
        String[] cached = bySite;
        cached = siteId >= cached.length ? Arrays.copyOf(cached, Math.max(siteId + 1, cached.length * 2)) : cached.clone();
        cached[siteId] = key;
        bySite = cached;
        return key;
    }

    /**
     * The field an access site names, by the class that declares it, for a data race: an
     * instruction may name an inherited field through a subclass, and one race must not be two.
     */
    static DataRace.Field declared(AccessSites.Site site, Object holder) {
        if (site.flags() != AccessSites.UNKNOWN) {
            return new DataRace.Field(site.owner(), site.name());
        }
        Field field = FieldFlags.field(site, holder);
        return field == null ? new DataRace.Field(site.owner(), site.name())
                : new DataRace.Field(field.getDeclaringClass().getName(), field.getName());
    }

    /** The class's binary name after its package, as instructions name their owners ({@code Outer$Inner}). */
    static String simpleName(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
