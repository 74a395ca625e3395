package dev.interleave.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.DataRace;
import dev.interleave.Mode;
import dev.interleave.Strategies;
import dev.interleave.explore.ExplorationResult;
import dev.interleave.explore.Shard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** result.json reads back as written, and a file that is not a whole result is refused in one line. */
class ResultJsonTest {

    private static final ExplorationResult RESULT = new ExplorationResult("demo.Main", List.of("a b", "c"),
            new ExplorationResult.Options(Strategies.DFS, Mode.SYNC, null, 1000, null, 2, true, 500, List.of("java.util.X"),
                    true),
            new Shard(1, 3), 0, 24, true, true, Map.of("delayBound", 2L, "reduction", true, "skippedByReduction", 9L), 1234,
            false, true,
            List.of(new ExplorationResult.Failed("deadlock: main waits for ...", "deadlock", new Shard(1, 3), 4,
                    "il1.s0000.AQ", "bin/interleave replay --cp x --schedule il1.s0000.AQ demo.Main 'a b' c", null)),
            List.of(new DataRace(new DataRace.Element("int[]", "int[]#2", 0),
                    new DataRace.Access(DataRace.AccessKind.WRITE, "main", new StackTraceElement("Main", "main", "Main.java", 3), List.of()),
                    new DataRace.Access(DataRace.AccessKind.READ, "t", new StackTraceElement("Main", "lambda$main$0", null, -1), List.of()))));

    @Test
    void readsBackAsWritten() {
        String json = ResultJson.of(RESULT);
        assertEquals(RESULT, ResultJson.parse(json));
        assertTrue(json.contains("\"shard\": {\n    \"index\": 1,\n    \"count\": 3\n  }"), json);
        assertTrue(json.contains("\"verdict\": \"fail\""), json);
    }

    @Test
    void aMergeHasNoShardButItsCount() {
        ExplorationResult merged = new ExplorationResult("demo.Main", List.of(), RESULT.options(), null, 3, 70, true,
                true, Map.of(), 5, false, false, List.of(), List.of());
        String json = ResultJson.of(merged);
        assertTrue(json.contains("\"shard\": null,\n  \"mergedShards\": 3,"), json);
        assertEquals(merged, ResultJson.parse(json));
    }

    @Test
    void aFileThatIsNotAWholeResultIsRefused() {
        String json = ResultJson.of(RESULT);
        assertEquals("no \"schedulesRun\" in the file",
                refusal(json.replace("\"schedulesRun\"", "\"schedules_run\"")));
        assertEquals("\"exhausted\" in the file is not true or false", refusal(json.replace("\"exhausted\": true", "\"exhausted\": 1")));
        assertEquals("format 2, this Interleave reads format 1", refusal(json.replace("\"format\": 1", "\"format\": 2")));
        assertEquals("unknown strategy 'bfs': expected one of portfolio, random, pct, pos, urw, surw, dfs, fifo",
                refusal(json.replace("\"dfs\"", "\"bfs\"")));
        assertEquals("no \"token\" in an item of \"failures\"", refusal(json.replace("\"token\"", "\"tok\"")));
        assertEquals("the file is not an object", refusal("[]"));
    }

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> ResultJson.parse(text)).getMessage();
    }
}
