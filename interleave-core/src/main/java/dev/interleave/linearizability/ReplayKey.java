package dev.interleave.linearizability;

/**
 * One failure of a linearizability test, as one string: the scenarios' seed, the failing
 * scenario's index and the schedule token, {@code SEED/INDEX/TOKEN}. With the same specification
 * and scenario shape, it runs that scenario under that interleaving again. The token also names its
 * scenario (it was recorded for the target {@code Spec@SEED#INDEX}), so a token is refused for
 * another scenario.
 */
public record ReplayKey(long seed, long scenario, String token) {

    public static ReplayKey parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a linearizability replay key: '" + text + "' (expected SEED/INDEX/TOKEN)");
        }
        try {
            return new ReplayKey(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a linearizability replay key: '" + text + "': " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return seed + "/" + scenario + "/" + token;
    }
}
