package dev.interleave.explore;

/**
 * Which part of a split exploration a process runs: shard {@code index} of {@code count}, written
 * {@code I/N} (from 0) as {@code --shard} and {@code -Dinterleave.shard} take it. Every output of a
 * shard names it, so that no shard's pass or "space exhausted" is taken for the whole's.
 */
public record Shard(int index, int count) {

    /** The whole exploration, unsplit. */
    public static final Shard WHOLE = new Shard(0, 1);

    public Shard {
        if (count <= 0 || index < 0 || index >= count) {
            throw new IllegalArgumentException("bad shard " + index + "/" + count + ": expected I/N with 0 <= I < N");
        }
    }

    /**
     * {@code spec} written {@code I/N}.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    public static Shard parse(String spec) {
        String[] parts = spec.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // not a number: said below
        }
        throw new IllegalArgumentException("bad shard '" + spec + "': expected I/N, as in 0/4");
    }

    /** Whether this is the whole exploration rather than one part of it. */
    public boolean whole() {
        return count == 1;
    }

    /** {@code 1/3}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
