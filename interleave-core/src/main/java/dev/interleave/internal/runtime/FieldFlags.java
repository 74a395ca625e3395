package dev.interleave.internal.runtime;

import dev.interleave.bridge.AccessSites;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Whether the field an access site names is final or volatile. The agent knows it for fields the
 * accessing class declares; for the others it is looked up once per site by reflection, from the
 * object accessed (or the class, for a static field), and kept for every later execution: every
 * execution's classes come from the same bytes.
 */
final class FieldFlags {

    private static final int RESOLVED = 1 << 16;
    private static volatile int[] resolved = new int[256];

    private FieldFlags() {
    }

    static int of(AccessSites.Site site, int id, Object holder) {
        if (site.flags() != AccessSites.UNKNOWN) {
            return site.flags();
        }
        int[] known = resolved;
        if (id < known.length && known[id] != 0) {
            return known[id] & ~RESOLVED;
        }
        int flags = lookUp(site, holder);
        store(id, flags | RESOLVED);
        return flags;
    }

    private static synchronized void store(int id, int value) {
        int[] known = resolved;
        if (id >= known.length) {
            known = java.util.Arrays.copyOf(known, Math.max(id + 1, known.length * 2));
        }
        known[id] = value;
        resolved = known;
    }

    private static int lookUp(AccessSites.Site site, Object holder) {
        Field field = field(site, holder);
        if (field == null) {
            return 0;
        }
        int modifiers = field.getModifiers();
        return (Modifier.isFinal(modifiers) ? Modifier.FINAL : 0) | (Modifier.isVolatile(modifiers) ? Modifier.VOLATILE : 0);
    }

    /** The field an access site names, found from {@code holder}'s class (or the class, for a static field); or null. */
    static Field field(AccessSites.Site site, Object holder) {
        if (holder == null) {
            return null;
        }
        Class<?> start = holder instanceof Class<?> c && site.isStatic() ? c : holder.getClass();
        for (Class<?> type = start; type != null; type = type.getSuperclass()) {
            if (type.getName().equals(site.owner())) {
                start = type;
                break;
            }
        }
        return find(start, site.name());
    }

    private static Field find(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
            for (Class<?> face : c.getInterfaces()) {
                Field inherited = find(face, name);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }
}
