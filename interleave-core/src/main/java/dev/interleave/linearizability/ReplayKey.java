package dev.interleave.linearizability;

/**
 * One failure of a linearizability test, as one string: the scenarios' seed, the failing
 * scenario's index, the shape the scenario was shrunk to, if it was ({@link ScenarioShape}), and the
 * schedule token: {@code SEED/INDEX/TOKEN}, or {@code SEED/INDEX/SHAPE/TOKEN}. With the same
 * specification and scenario shape (threads, operations, generators), it runs that scenario under
 * that interleaving again. The token also names its scenario (it was recorded for the target
 * {@code Spec@SEED#INDEX}, with {@code [SHAPE]} when shrunk), so a token is refused for another
 * scenario.
 *
 * @param shape null for the scenario as generated
 */
public record ReplayKey(long seed, long scenario, ScenarioShape shape, String token) {

    public ReplayKey(long seed, long scenario, String token) {
        this(seed, scenario, null, token);
    }

    public static ReplayKey parse(String text) {
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 3 && parts.length != 4) {
            throw new IllegalArgumentException("not a linearizability replay key: '" + text
                    + "' (expected SEED/INDEX/TOKEN or SEED/INDEX/SHAPE/TOKEN)");
        }
        try {
            ScenarioShape shape = parts.length == 4 ? ScenarioShape.parse(parts[2]) : null;
            return new ReplayKey(Long.parseLong(parts[0]), Long.parseLong(parts[1]), shape, parts[parts.length - 1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a linearizability replay key: '" + text + "': " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return seed + "/" + scenario + "/" + (shape == null ? "" : shape + "/") + token;
    }
}
