package dev.interleave.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Combines the results of the shards of one exploration into the whole's: the schedules add up, a
 * failure found by several shards is one (by its signature; the one of the earliest execution is
 * kept, the one an unsplit run would have found first), the races are each pair of lines once, and
 * the space is exhausted only when every shard exhausted its part. Results that are not the shards
 * of one exploration are refused with one line naming the files: a merge of the wrong results would
 * be a false pass or a false proof.
 */
public final class ShardMerge {

    /** A shard's result and where it was read from, to name it in a refusal. */
    public record Input(String name, ExplorationResult result) {
    }

    /** Results that do not make one exploration's shards: the message says which and why. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    private ShardMerge() {
    }

    /** @throws Refused when the inputs are not every shard of one exploration, once each */
    public static ExplorationResult merge(List<Input> inputs) {
        if (inputs.isEmpty()) {
            throw new Refused("no result to merge");
        }
        for (Input input : inputs) {
            if (input.result().shard() == null) {
                throw new Refused(input.name() + " is a merge of " + input.result().mergedShards()
                        + " shards, not a shard's result: merge the shards' own results");
            }
        }
        Input first = inputs.getFirst();
        for (Input other : inputs.subList(1, inputs.size())) {
            sameExploration(first, other);
        }
        List<Input> shards = inShardOrder(inputs);
        ExplorationResult one = first.result();
        long schedules = 0;
        long elapsed = 0;
        boolean exhausted = one.systematic();
        boolean timeLimit = false;
        boolean shared = false;
        RaceLog races = new RaceLog();
        Map<String, ExplorationResult.Failed> failures = new LinkedHashMap<>();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Input input : shards) {
            ExplorationResult r = input.result();
            schedules += r.schedulesRun();
            // Shards run side by side: the whole took as long as the longest.
            elapsed = Math.max(elapsed, r.elapsedMillis());
            exhausted &= r.exhausted();
            timeLimit |= r.timeLimitReached();
            shared |= r.sharedBetweenPoints();
            races.add(r.races(), null);
            for (ExplorationResult.Failed failed : r.failures()) {
                failures.merge(failed.signature(), failed, (a, b) -> a.execution() <= b.execution() ? a : b);
            }
            add(figures, r.figures(), one.options().asMap());
        }
        List<ExplorationResult.Failed> found = failures.values().stream()
                .sorted(Comparator.comparingLong(ExplorationResult.Failed::execution)).toList();
        return new ExplorationResult(one.mainClass(), one.args(), one.options(), null, shards.size(), schedules,
                one.systematic(), exhausted, figures, elapsed, timeLimit, shared, found, races.races());
    }

    /** Counts add up; a figure that is an option (the delay bound, the reduction) is every shard's. */
    private static void add(Map<String, Object> sum, Map<String, Object> figures, Map<String, Object> options) {
        for (Map.Entry<String, Object> figure : figures.entrySet()) {
            Object value = figure.getValue();
            if (!options.containsKey(figure.getKey()) && value instanceof Number n
                    && sum.getOrDefault(figure.getKey(), 0L) instanceof Number total) {
                sum.put(figure.getKey(), total.longValue() + n.longValue());
            } else {
                sum.putIfAbsent(figure.getKey(), value);
            }
        }
    }

    private static void sameExploration(Input a, Input b) {
        ExplorationResult x = a.result();
        ExplorationResult y = b.result();
        if (!x.mainClass().equals(y.mainClass()) || !x.args().equals(y.args())) {
            throw new Refused(b.name() + " is a result of " + program(y) + ", " + a.name() + " of " + program(x)
                    + ": merge the shards of one exploration");
        }
        Map<String, Object> xo = x.options().asMap();
        Map<String, Object> yo = y.options().asMap();
        for (String option : xo.keySet()) {
            if (!Objects.equals(xo.get(option), yo.get(option))) {
                throw new Refused(b.name() + " was explored with " + option + " " + yo.get(option) + ", " + a.name()
                        + " with " + option + " " + xo.get(option) + ": every shard must run the same exploration"
                        + (option.equals("seed") ? " (give them all the same --seed)" : ""));
            }
        }
        if (x.shard().count() != y.shard().count()) {
            throw new Refused(b.name() + " is shard " + y.shard() + ", " + a.name() + " shard " + x.shard()
                    + ": the shards of one exploration split it the same number of ways");
        }
    }

    /** The inputs by shard index, each index once and none missing. */
    private static List<Input> inShardOrder(List<Input> inputs) {
        Map<Integer, Input> byIndex = new HashMap<>();
        for (Input input : inputs) {
            Input twice = byIndex.putIfAbsent(input.result().shard().index(), input);
            if (twice != null) {
                throw new Refused(twice.name() + " and " + input.name() + " are both shard " + input.result().shard()
                        + ": give each shard's result once");
            }
        }
        int count = inputs.getFirst().result().shard().count();
        TreeSet<Integer> missing = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<String> names = missing.stream().map(i -> i + "/" + count).toList();
            throw new Refused((names.size() == 1 ? "shard " + names.getFirst() + " is" : "shards "
                    + String.join(", ", names) + " are") + " missing: merge the results of all " + count
                    + " shards (a missing shard's schedules were not run)");
        }
        List<Input> ordered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ordered.add(byIndex.get(i));
        }
        return ordered;
    }

    private static String program(ExplorationResult r) {
        return r.mainClass() + (r.args().isEmpty() ? "" : " " + String.join(" ", r.args()));
    }
}
