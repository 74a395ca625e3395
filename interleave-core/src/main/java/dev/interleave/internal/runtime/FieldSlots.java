package dev.interleave.internal.runtime;

import dev.interleave.bridge.AccessSites;
import dev.interleave.internal.strategy.Locations;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The footprint slot of the field an access site uses ({@link Locations#field}): fields are
 * numbered by simple name, once per JVM, so that footprints of one exploration's executions
 * compare. By name, not by owner: an instruction may name a field through a subclass, and two
 * names for one field must not look like two fields. The slot is cached by site, since this runs
 * at every access a footprinting strategy sees.
 */
final class FieldSlots {

    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    /** Per access site, its slot plus one; 0 when not looked up yet. */
    private static volatile int[] bySite = new int[256];

    private FieldSlots() {
    }

    static int of(int siteId) {
        int[] cached = bySite;
        if (siteId < cached.length && cached[siteId] != 0) {
            return cached[siteId] - 1;
        }
        return lookUp(siteId);
    }

    /** The slot of the fields named {@code name}. */
    static synchronized int ofName(String name) {
        Integer number = NUMBERS.get(name);
        if (number == null) {
            number = NUMBERS.size();
            NUMBERS.put(name, number);
        }
        return Locations.field(number);
    }

    private static synchronized int lookUp(int siteId) {
        int slot = ofName(AccessSites.site(siteId).name());
        int[] cached = bySite;
        if (siteId >= cached.length) {
            cached = Arrays.copyOf(cached, Math.max(siteId + 1, cached.length * 2));
        } else {
            cached = cached.clone();
        }
        cached[siteId] = slot + 1;
        bySite = cached;
        return slot;
    }
}
