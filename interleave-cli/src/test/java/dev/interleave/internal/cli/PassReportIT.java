package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code explore --report} on an exploration that passes with data races writes a report of the
 * races, each with both accesses' stacks and the command that replays an execution that had it, in
 * text, JSON and a page.
 */
class PassReportIT {

    @Test
    void aPassWithDataRacesReportsEachRaceWithBothStacks() throws Exception {
        Path dir = Files.createTempDirectory("pass-report");
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), "explore", "--mode", "sync", "--seed", "3", "--report",
                dir.toString(), "--cp", BinInterleave.EXAMPLES, "dev.interleave.examples.asyncio.RacyFlag");
        assertEquals(0, outcome.exit(), outcome.err().toString());
        assertTrue(outcome.out().stream().anyMatch(l -> l.startsWith("DATA RACE: RacyFlag.ran")), outcome.out().toString());
        assertTrue(outcome.out().contains("report: " + dir.resolve("report.txt") + " (each data race with both stacks)"),
                outcome.out().toString());
        assertTrue(outcome.out().contains("html: " + dir.resolve("report.html")), outcome.out().toString());

        String text = Files.readString(dir.resolve("report.txt"));
        assertTrue(text.startsWith("PASS with data races: no failure in "), text);
        List<String> races = List.of(text.split("\n(?=\\d+\\. )"));
        assertTrue(races.size() > 1, text);
        for (String race : races.subList(1, races.size())) {
            // Both accesses, each with the program's frames under it, and the execution to replay
            // (its mode, sync, is the token's first letter).
            Matcher accesses = Pattern.compile("\n   (write|read) by task-\\d at RacyFlag\\.foo\\(RacyFlag\\.java:\\d+\\)\n"
                    + "       at dev\\.interleave\\.examples\\.asyncio\\.RacyFlag\\.foo\\(RacyFlag\\.java:\\d+\\)\n").matcher(race);
            assertTrue(accesses.find() && accesses.find(), race);
            assertTrue(race.contains("   seen in: ") && race.contains(" replay --cp examples/target/classes --schedule il1.s"),
                    race);
        }
        // The page, drawn: a pass's header, no interleaving, and each race of report.txt with both accesses.
        String dom = Chromium.required().dumpDom(dir.resolve("report.html")).replace("<wbr>", "");
        assertTrue(dom.contains("<body data-rendered=\"true\">"), "the page's script did not run to its end");
        assertTrue(dom.contains("<span class=\"badge pass\">PASS</span> no failure in "), dom);
        assertTrue(dom.contains("<div class=\"workspace\" hidden=\"\">"), "a pass has no interleaving to draw");
        List<String> locations = races.subList(1, races.size()).stream()
                .map(race -> race.substring(race.indexOf(". ") + 2, race.indexOf('\n'))).toList();
        assertEquals(locations, Chromium.all(Pattern.compile("<strong class=\"race-location\">([^<]*)</strong>"), dom), "a race per race");
        assertEquals(2 * locations.size(), Chromium.all(Pattern.compile("<div class=\"race-access\">((?:write|read) by task-\\d at RacyFlag\\.foo\\(RacyFlag\\.java:\\d+\\))</div>"), dom).size(),
                "both accesses of each race");
        assertEquals(locations.size(), Chromium.all(Pattern.compile("<div class=\"race-replay\">seen in: <code>([^<]*replay --cp examples/target/classes --schedule il1\\.s[^<]*)</code></div>"), dom).size(),
                "the command that replays each race");

        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"verdict\": \"pass\""), json);
        assertTrue(json.contains("\"firstStack\": [\n        \"dev.interleave.examples.asyncio.RacyFlag.foo(RacyFlag.java:"), json);
        assertTrue(json.contains("\"secondStack\": [\n        \"dev.interleave.examples.asyncio.RacyFlag.foo(RacyFlag.java:"), json);
        // Beside the texts, the same typed: what was raced on, and each access's kind, task and line.
        assertTrue(json.contains("\"memory\": {\n        \"kind\": \"field\",\n        \"class\": "
                + "\"dev.interleave.examples.asyncio.RacyFlag\",\n        \"field\": \"ran\"\n      }"), json);
        assertTrue(Pattern.compile("\"firstAccess\": \\{\n        \"kind\": \"(write|read)\",\n        \"task\": \"task-\\d\",\n"
                + "        \"class\": \"dev.interleave.examples.asyncio.RacyFlag\",\n        \"method\": \"foo\",\n"
                + "        \"file\": \"RacyFlag.java\",\n        \"line\": \\d+\n      }").matcher(json).find(), json);
    }
}
