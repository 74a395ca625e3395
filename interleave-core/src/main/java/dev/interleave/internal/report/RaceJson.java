package dev.interleave.internal.report;

import dev.interleave.DataRace;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A data race in report.json, the same in a failure's report and a pass's: the texts people read
 * ({@code "first": "write by Thread-0 at ..."}, kept as format 1 had them) and beside them the typed
 * fields a tool reads, so that no reader of the report parses the texts.
 */
final class RaceJson {

    private RaceJson() {
    }

    /** {@code location}, {@code memory}, {@code first}, {@code firstAccess}, {@code second}, {@code secondAccess}. */
    static Map<String, Object> of(DataRace race) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("location", race.location());
        r.put("memory", memory(race.memory()));
        r.put("first", race.first().toString());
        r.put("firstAccess", access(race.first()));
        r.put("second", race.second().toString());
        r.put("secondAccess", access(race.second()));
        return r;
    }

    private static Map<String, Object> memory(DataRace.Memory memory) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (memory) {
            case DataRace.Field field -> {
                m.put("kind", "field");
                m.put("class", field.className());
                m.put("field", field.name());
            }
            case DataRace.Element element -> {
                m.put("kind", "element");
                m.put("type", element.type());
                m.put("array", element.array());
                m.put("index", element.index());
            }
        }
        return m;
    }

    private static Map<String, Object> access(DataRace.Access access) {
        Map<String, Object> a = new LinkedHashMap<>();
        StackTraceElement at = access.at();
        a.put("kind", access.kind().text());
        a.put("task", access.task());
        a.put("class", at.getClassName());
        a.put("method", at.getMethodName());
        a.put("file", at.getFileName());
        a.put("line", at.getLineNumber());
        return a;
    }
}
