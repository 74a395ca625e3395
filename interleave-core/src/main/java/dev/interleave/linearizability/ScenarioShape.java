package dev.interleave.linearizability;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario made smaller: which of a generated scenario's operations it keeps, and where. The
 * generated scenario's operations are numbered from 0 in order (initial part, each column, final
 * part); a shape lists those numbers per part, so that a shrunk scenario is named by its seed, its
 * index and its shape alone, and replays from one key ({@link ReplayKey}).
 *
 * <p>As text: {@code INITIAL:COLUMN.COLUMN...:FINAL}, each part a comma-separated list of numbers,
 * for example {@code 0:3.6,7:} (operation 0 before the threads, two threads, no final part).
 */
public record ScenarioShape(List<Integer> initial, List<List<Integer>> parallel, List<Integer> finale) {

    public ScenarioShape {
        initial = List.copyOf(initial);
        parallel = parallel.stream().map(List::copyOf).toList();
        finale = List.copyOf(finale);
        if (parallel.isEmpty() || parallel.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a scenario shape has at least one thread, each with an operation");
        }
    }

    /** The shape that keeps every operation where it was. */
    static ScenarioShape whole(Scenario scenario) {
        int[] next = {0};
        List<Integer> initial = numbers(next, scenario.initial().size());
        List<List<Integer>> parallel = new ArrayList<>();
        scenario.parallel().forEach(column -> parallel.add(numbers(next, column.size())));
        return new ScenarioShape(initial, parallel, numbers(next, scenario.finale().size()));
    }

    private static List<Integer> numbers(int[] next, int count) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(next[0]++);
        }
        return list;
    }

    /** The scenario this shape makes of {@code generated}. */
    Scenario apply(Scenario generated) {
        List<Invocation> all = new ArrayList<>(generated.initial());
        generated.parallel().forEach(all::addAll);
        all.addAll(generated.finale());
        try {
            return new Scenario(pick(all, initial), parallel.stream().map(column -> pick(all, column)).toList(),
                    pick(all, finale));
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("scenario shape " + this + " names an operation the scenario does not"
                    + " have (it has " + all.size() + ")");
        }
    }

    private static List<Invocation> pick(List<Invocation> all, List<Integer> numbers) {
        return numbers.stream().map(all::get).toList();
    }

    int threads() {
        return parallel.size();
    }

    int operations() {
        return initial.size() + finale.size() + parallel.stream().mapToInt(List::size).sum();
    }

    static ScenarioShape parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a scenario shape: '" + text + "' (expected INITIAL:COLUMN.COLUMN:FINAL)");
        }
        try {
            List<List<Integer>> columns = new ArrayList<>();
            for (String column : parts[1].split("\\.", -1)) {
                columns.add(list(column));
            }
            return new ScenarioShape(list(parts[0]), columns, list(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a scenario shape: '" + text + "': " + e.getMessage());
        }
    }

    private static List<Integer> list(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String number : text.split(",", -1)) {
            numbers.add(Integer.parseInt(number));
        }
        return numbers;
    }

    @Override
    public String toString() {
        return text(initial) + ":" + parallel.stream().map(ScenarioShape::text).collect(Collectors.joining(".")) + ":"
                + text(finale);
    }

    private static String text(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
