package dev.interleave;

import dev.interleave.explore.ExploreOptions;
import dev.interleave.internal.strategy.DfsStrategy;
import dev.interleave.internal.strategy.FifoStrategy;
import dev.interleave.internal.strategy.PctStrategy;
import dev.interleave.internal.strategy.PortfolioStrategy;
import dev.interleave.internal.strategy.PosStrategy;
import dev.interleave.internal.strategy.RandomStrategy;
import dev.interleave.internal.strategy.Strategy;
import dev.interleave.internal.strategy.SurwStrategy;
import dev.interleave.internal.strategy.UrwStrategy;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The strategies an exploration can use: the one list of them, by the names that the command line
 * ({@code --strategy pos}), {@code @InterleaveTest(strategy = Strategies.POS)} and the reports give
 * them. Each says which of the exploration's settings it reads beyond the common ones (a setting
 * given to one that ignores it is refused: it could make a run look stronger than it was) and how
 * to build it from the exploration's options; what it can say about the space it searched it says
 * itself ({@link Strategy#statistics()}). A new strategy is its class in
 * {@code dev.interleave.internal.strategy}, its constant here and its case in {@link #create}.
 */
public enum Strategies {
    /** FIFO once, then SURW every other execution and random walks, PCT of depths 2 and 3 and POS, learning, between: finds most kinds of bug. */
    PORTFOLIO(EnumSet.of(Setting.SEED)),
    /** A random runnable task at every decision. */
    RANDOM(EnumSet.of(Setting.SEED)),
    /** Probabilistic concurrency testing: random priorities, {@code pctDepth - 1} priority changes. */
    PCT(EnumSet.of(Setting.SEED, Setting.PCT_DEPTH)),
    /** Partial-order sampling: random priorities, redrawn only when racing steps run. */
    POS(EnumSet.of(Setting.SEED)),
    /** Uniform random walk: each task in proportion to the events it has left, as earlier executions estimate them. */
    URW(EnumSet.of(Setting.SEED)),
    /** Selectively uniform random walk: URW over the tasks' racing events only. */
    SURW(EnumSet.of(Setting.SEED)),
    /** Exhaustive depth-first search, with partial-order reduction: a pass that exhausts the space is a proof. */
    DFS(EnumSet.of(Setting.DELAY_BOUND, Setting.REDUCTION)),
    /** asyncio's order only: one schedule. */
    FIFO(EnumSet.noneOf(Setting.class));

    /** The settings of an exploration that only some strategies read. */
    public enum Setting {
        /** The seed of the random choices. */
        SEED,
        /** PCT's depth. */
        PCT_DEPTH,
        /** DFS's delay bound. */
        DELAY_BOUND,
        /** DFS's partial-order reduction, on or off. */
        REDUCTION
    }

    private final Set<Setting> reads;

    Strategies(Set<Setting> reads) {
        this.reads = reads;
    }

    /** The name the command line and the reports use: {@code portfolio}, {@code dfs}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** Whether the seed steers it. */
    public boolean seeded() {
        return reads(Setting.SEED);
    }

    /** Whether it reads {@code setting}. */
    public boolean reads(Setting setting) {
        return reads.contains(setting);
    }

    /**
     * Refuses a setting that this strategy would ignore.
     *
     * @param givenAs the setting as the user gave it ({@code --pct-depth}, {@code pctDepth})
     * @throws IllegalArgumentException saying so, and which strategies read it
     */
    public void requireReads(Setting setting, String givenAs) {
        if (!reads(setting)) {
            List<String> readers = Arrays.stream(values()).filter(s -> s.reads(setting)).map(Strategies::label).toList();
            String choices = readers.size() == 1 ? readers.getFirst()
                    : String.join(", ", readers.subList(0, readers.size() - 1)) + " or " + readers.getLast();
            throw new IllegalArgumentException(givenAs + " has no effect with strategy " + label() + ": remove it, or "
                    + "choose " + choices);
        }
    }

    /** A new instance for one exploration under {@code options}. */
    public Strategy create(ExploreOptions options) {
        // A switch, not a lambda per constant: this class is initialized inside a JVM's first
        // exploration, and each lambda's linkage would cost it a millisecond or so.
        return switch (this) {
            case PORTFOLIO -> new PortfolioStrategy(options.seed());
            case RANDOM -> new RandomStrategy(options.seed());
            case PCT -> new PctStrategy(options.seed(), options.pctDepth());
            case POS -> new PosStrategy(options.seed());
            case URW -> new UrwStrategy(options.seed());
            case SURW -> new SurwStrategy(options.seed());
            case DFS -> new DfsStrategy(options.delayBound(), options.shardIndex(), options.shardCount(), options.reduction());
            case FIFO -> new FifoStrategy();
        };
    }

    /** Every label, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(Strategies::label).toList();
    }

    /** @throws IllegalArgumentException naming the known strategies when {@code label} is none of them */
    public static Strategies parse(String label) {
        for (Strategies strategy : values()) {
            if (strategy.label().equals(label)) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("unknown strategy '" + label + "': expected one of "
                + String.join(", ", labels()));
    }
}
