package dev.interleave.explore;

import dev.interleave.DataRace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data races of every execution of an exploration, each pair of source lines once: the same
 * race seen again under another schedule (other task names, other object numbers) is not new.
 * Read by the caller of an exploration whose execution got stuck while the driver may still write.
 */
final class RaceLog {

    private final Map<String, DataRace> races = new LinkedHashMap<>();

    /** The races of an execution that made {@code choices}: a race kept is replayed with them for its stacks. */
    synchronized void add(List<DataRace> found, List<Integer> choices) {
        for (DataRace race : found) {
            races.putIfAbsent(key(race), race.inSchedule(choices));
        }
    }

    /** Whether {@code race} is {@code other} seen again, under another schedule perhaps. */
    static boolean same(DataRace race, DataRace other) {
        return key(race).equals(key(other));
    }

    synchronized List<DataRace> races() {
        return new ArrayList<>(races.values());
    }

    private static String key(DataRace race) {
        String location = race.location().replaceAll("#\\d+", "");
        String first = withoutTask(race.first());
        String second = withoutTask(race.second());
        return location + "|" + (first.compareTo(second) <= 0 ? first + "|" + second : second + "|" + first);
    }

    /** {@code write by Thread-0 at X} to {@code write at X}. */
    private static String withoutTask(String access) {
        return access.replaceFirst(" by .* at ", " at ");
    }
}
