package dev.interleave.internal.report;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.explore.ExplorationResult;
import dev.interleave.explore.Shard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code result.json}: what an exploration or a shard of one found, written beside its reports by
 * every {@code explore} and read back by {@code merge}; the schema is in docs/report-format.md.
 * Reading is strict: a file that lacks a field or has one of the wrong type is refused, never half
 * read.
 */
public final class ResultJson {

    /** The file's name in a report directory. */
    public static final String FILE = "result.json";
    /** 1: the first format. */
    public static final int FORMAT = 1;

    private ResultJson() {
    }

    /** Writes {@code result} to {@code dir}/result.json. */
    public static Path write(Path dir, ExplorationResult result) {
        return ReportWriter.write(dir.resolve(FILE), of(result));
    }

    /** Removes a result.json left in {@code dir} by an earlier run, which a merge could take for this run's. */
    public static void removeStale(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    static String of(ExplorationResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("program", Map.of("mainClass", r.mainClass(), "args", r.args()));
        root.put("options", r.options().asMap());
        root.put("shard", r.shard() == null ? null : shard(r.shard()));
        if (r.shard() == null) {
            root.put("mergedShards", r.mergedShards());
        }
        root.put("schedulesRun", r.schedulesRun());
        root.put("systematic", r.systematic());
        root.put("exhausted", r.exhausted());
        root.put("figures", r.figures());
        root.put("elapsedMillis", r.elapsedMillis());
        root.put("timeLimitReached", r.timeLimitReached());
        root.put("sharedBetweenPoints", r.sharedBetweenPoints());
        root.put("verdict", r.passed() ? "pass" : "fail");
        List<Object> failures = new ArrayList<>();
        for (ExplorationResult.Failed f : r.failures()) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("summary", f.summary());
            failure.put("signature", f.signature());
            failure.put("shard", shard(f.shard()));
            failure.put("execution", f.execution());
            failure.put("token", f.token());
            failure.put("replay", f.replay());
            failure.put("report", f.report());
            failures.add(failure);
        }
        root.put("failures", failures);
        List<Object> races = new ArrayList<>();
        for (DataRace race : r.races()) {
            races.add(RaceJson.of(race));
        }
        root.put("dataRaces", races);
        return Json.write(root);
    }

    /** {@code {"index": 1, "count": 3}}. */
    static Map<String, Object> shard(Shard shard) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index", shard.index());
        map.put("count", shard.count());
        return map;
    }

    /**
     * Reads a result.json.
     *
     * @throws IllegalArgumentException in one line, when the file cannot be read or is not a result
     */
    public static ExplorationResult read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read " + file + ": no such file", e);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a result of bin/interleave explore: " + e.getMessage(), e);
        }
    }

    static ExplorationResult parse(String text) {
        Fields root = new Fields("the file", JsonReader.read(text));
        long format = root.number("format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("format " + format + ", this Interleave reads format " + FORMAT);
        }
        Fields program = root.object("program");
        Fields options = root.object("options");
        Object shard = root.value("shard");
        List<ExplorationResult.Failed> failures = new ArrayList<>();
        for (Fields f : root.objects("failures")) {
            failures.add(new ExplorationResult.Failed(f.string("summary"), f.string("signature"),
                    shard(f.object("shard")), f.number("execution"), f.string("token"), f.nullableString("replay"),
                    f.nullableString("report")));
        }
        List<DataRace> races = new ArrayList<>();
        for (Fields race : root.objects("dataRaces")) {
            races.add(race(race));
        }
        return new ExplorationResult(program.string("mainClass"), program.strings("args"), options(options),
                shard == null ? null : shard(root.object("shard")), shard == null ? intOf(root.number("mergedShards")) : 0,
                root.number("schedulesRun"), root.bool("systematic"), root.bool("exhausted"),
                root.object("figures").map(), root.number("elapsedMillis"), root.bool("timeLimitReached"),
                root.bool("sharedBetweenPoints"), failures, races);
    }

    /** A race as {@link RaceJson} wrote it, from its typed fields. */
    private static DataRace race(Fields race) {
        Fields memory = race.object("memory");
        DataRace.Memory raced = switch (memory.string("kind")) {
            case "field" -> new DataRace.Field(memory.string("class"), memory.string("field"));
            case "element" -> new DataRace.Element(memory.string("type"), memory.string("array"),
                    intOf(memory.number("index")));
            default -> throw new IllegalArgumentException("a data race's memory is of unknown kind '"
                    + memory.string("kind") + "'");
        };
        return new DataRace(raced, access(race.object("firstAccess")), access(race.object("secondAccess")));
    }

    private static DataRace.Access access(Fields a) {
        DataRace.AccessKind kind = switch (a.string("kind")) {
            case "read" -> DataRace.AccessKind.READ;
            case "write" -> DataRace.AccessKind.WRITE;
            default -> throw new IllegalArgumentException("a data race's access is of unknown kind '" + a.string("kind") + "'");
        };
        StackTraceElement at = new StackTraceElement(a.string("class"), a.string("method"), a.nullableString("file"),
                intOf(a.number("line")));
        return new DataRace.Access(kind, a.string("task"), at, List.of());
    }

    private static ExplorationResult.Options options(Fields o) {
        return new ExplorationResult.Options(Strategies.parse(o.string("strategy")), Mode.parse(o.string("mode")),
                o.nullableNumber("seed"), o.number("schedules"), nullableInt(o.nullableNumber("pctDepth")),
                nullableInt(o.nullableNumber("delayBound")), o.nullableBool("reduction"), o.number("maxSteps"),
                o.strings("instrument"), o.bool("checkDeterminism"));
    }

    private static Integer nullableInt(Long value) {
        return value == null ? null : intOf(value);
    }

    private static int intOf(long value) {
        if (value != (int) value) {
            throw new IllegalArgumentException(value + " is too large");
        }
        return (int) value;
    }

    private static Shard shard(Fields shard) {
        return new Shard(intOf(shard.number("index")), intOf(shard.number("count")));
    }

    /** An object's fields, each read as the type it must have, or a one-line refusal naming it. */
    private record Fields(String where, Map<?, ?> fields) {

        Fields(String where, Object value) {
            this(where, value instanceof Map<?, ?> m ? m : refuse(where + " is not an object"));
        }

        private static Map<?, ?> refuse(String message) {
            throw new IllegalArgumentException(message);
        }

        Object value(String name) {
            if (!fields.containsKey(name)) {
                throw new IllegalArgumentException("no \"" + name + "\" in " + where);
            }
            return fields.get(name);
        }

        private <T> T typed(String name, Class<T> type, String what, boolean nullable) {
            Object value = value(name);
            if (value == null && nullable) {
                return null;
            }
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException("\"" + name + "\" in " + where + " is not " + what);
            }
            return type.cast(value);
        }

        String string(String name) {
            return typed(name, String.class, "a string", false);
        }

        String nullableString(String name) {
            return typed(name, String.class, "a string", true);
        }

        long number(String name) {
            return typed(name, Long.class, "an integer", false);
        }

        Long nullableNumber(String name) {
            return typed(name, Long.class, "an integer", true);
        }

        boolean bool(String name) {
            return typed(name, Boolean.class, "true or false", false);
        }

        Boolean nullableBool(String name) {
            return typed(name, Boolean.class, "true or false", true);
        }

        Fields object(String name) {
            return new Fields("\"" + name + "\"", typed(name, Map.class, "an object", false));
        }

        List<Fields> objects(String name) {
            List<Fields> list = new ArrayList<>();
            for (Object item : typed(name, List.class, "a list", false)) {
                list.add(new Fields("an item of \"" + name + "\"", item));
            }
            return list;
        }

        List<String> strings(String name) {
            List<String> list = new ArrayList<>();
            for (Object item : typed(name, List.class, "a list", false)) {
                if (!(item instanceof String s)) {
                    throw new IllegalArgumentException("\"" + name + "\" in " + where + " is not a list of strings");
                }
                list.add(s);
            }
            return list;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) fields;
        }
    }
}
