package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * report.html as a person sees it: {@code bin/interleave explore --report} writes it, headless
 * Chromium runs its script, and the rendered page has a row per step with the operation and the
 * source line in the task's column, the failing steps marked, and the program's text as text.
 * A row is a task's run between two switches (see docs/report-format.md).
 */
class HtmlReportIT {

    private static final Pattern ROW = Pattern.compile("<tr class=\"(step[^\"]*)\" data-index=\"(\\d+)\">(.*?)</tr>",
            Pattern.DOTALL);
    /** A row of report.json: its first step, task, line, and the texts of the events its cell shows unfolded. */
    private record JsonRow(int index, String task, String location, List<String> events) {
    }

    private record Row(int index, List<String> classes, String cells) {
        boolean failing() {
            return classes.contains("failing");
        }
    }

    @Test
    void theRacyProgramsReportShowsEveryRowInItsTasksLaneAndTheFailure() throws Exception {
        Chromium chromium = Chromium.required();
        Path dir = explore("--cp", BinInterleave.EXAMPLES, "dev.interleave.examples.asyncio.RacyOnce");
        // Long names may wrap at <wbr> elements; the text is the same without them.
        String dom = chromium.dumpDom(dir.resolve("report.html")).replace("<wbr>", "");
        assertTrue(dom.contains("<body data-rendered=\"true\">"), "the page's script did not run to its end");

        List<JsonRow> json = jsonRows(Files.readString(dir.resolve("report.json")));
        List<Row> rows = rows(dom);
        assertEquals(json.stream().map(JsonRow::index).toList(), rows.stream().map(Row::index).toList(), "a row per row");
        for (int i = 0; i < rows.size(); i++) {
            for (String event : json.get(i).events()) {
                assertTrue(rows.get(i).cells().contains("<span class=\"event-text\">" + event + "</span>"),
                        event + " not in " + rows.get(i).cells());
            }
            if (!json.get(i).location().isEmpty()) {
                assertTrue(rows.get(i).cells().contains("<div class=\"location\">" + json.get(i).location() + "</div>"),
                        rows.get(i).cells());
            }
        }
        assertTrue(json.stream().anyMatch(r -> r.location().equals("RacyOnce.foo(RacyOnce.java:22)")), json.toString());
        int last = rows.size() - 1;
        assertEquals(Set.of(rows.get(last).index()), failingRows(rows), "the row where main stopped is the failing one");
        assertTrue(rows.get(last).cells().contains("throws java.lang.AssertionError"), rows.get(last).cells());
        assertTrue(rows.get(last).cells().contains("<span class=\"badge fail\">failure</span>"), rows.get(last).cells());

        List<String> lanes = Chromium.all(Pattern.compile("<div class=\"task-name\">([^<]*)</div>"), dom);
        assertEquals(List.of("main", "task-1", "task-2", "task-3"), lanes);
        assertTrue(dom.contains("uncaught java.lang.AssertionError: the guarded body ran 3 times, not once"), "summary");
        // The launcher as the test invoked it: the command runs as printed, from the same directory.
        String launcher = BinInterleave.HOME.resolve("bin/interleave").toString();
        assertTrue(dom.contains("<code id=\"replay-command\">" + launcher + " replay --cp examples/target/classes --schedule il1."),
                "replay command");
        assertTrue(dom.contains("6 → 6 decisions"), "shrink figures");
        assertEquals(List.of("ran=false", "ran=false", "ran=false", "after ran = True", "after ran = True", "after ran = True"),
                Chromium.all(Pattern.compile("<li>([^<]*)</li>"), dom), "the program's output");
        assertTrue(dom.contains("Stack of main at the failure"), "the failing task's stack is open");
        // The replay's data races, each where the page lists them: the guard's flag, read and written unordered.
        List<String> raced = Chromium.all(Pattern.compile("<strong class=\"race-location\">([^<]*)</strong>"), dom);
        assertTrue(raced.contains("RacyOnce.ran"), "the races section: " + raced);
        String reportJson = Files.readString(dir.resolve("report.json"));
        String replayRaces = reportJson.substring(reportJson.lastIndexOf("\"dataRaces\""));
        assertEquals(Chromium.all(Pattern.compile("\"location\": \"([^\"]*)\""), replayRaces), raced, "a race per race of the replay");

        // Opened at task-1's first step (as a click on it does): its row is selected and the panel tells its fate.
        JsonRow task1 = json.stream().filter(r -> r.task().equals("task-1")).findFirst().orElseThrow();
        String atStep = chromium.dumpDom(dir.resolve("report.html"), "step=" + task1.index()).replace("<wbr>", "");
        List<Row> selected = rows(atStep).stream().filter(r -> r.classes().contains("selected")).toList();
        assertEquals(List.of(task1.index()), selected.stream().map(Row::index).toList(), "the selected row");
        assertTrue(atStep.contains("Stack of task-1 at the failure"), "the panel shows task-1");
        assertTrue(atStep.matches("(?s).*task-1 had ended \\(step \\d+\\) before the failure\\..*"), "task-1 had ended");

        Path png = dir.resolve("report.png");
        chromium.screenshot(dir.resolve("report.html"), png, 1400, 1000);
        byte[] image = Files.readAllBytes(png);
        assertEquals("\u0089PNG", new String(image, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(image.length > 20_000, "a screenshot of " + image.length + " bytes is all but blank");
    }

    @Test
    void aReportOfSevenTasksAndHundredsOfStepsShowsThemAll() throws Exception {
        Chromium chromium = Chromium.required();
        Path dir = explore("--cp", "interleave-cli/target/test-classes", "dev.interleave.cli.fixtures.ManyTasks");
        String dom = chromium.dumpDom(dir.resolve("report.html")).replace("<wbr>", "");
        assertTrue(dom.contains("<body data-rendered=\"true\">"), "the page's script did not run to its end");
        List<String> lanes = Chromium.all(Pattern.compile("<div class=\"task-name\">([^<]*)</div>"), dom);
        assertEquals(List.of("main", "worker-0", "worker-1", "worker-2", "worker-3", "worker-4", "worker-5"), lanes);
        String report = Files.readString(dir.resolve("report.json"));
        Matcher steps = Pattern.compile("\"stepsInAll\": (\\d+)").matcher(report);
        assertTrue(steps.find(), "no stepsInAll");
        int inAll = Integer.parseInt(steps.group(1));
        assertTrue(inAll > 600, inAll + " steps");
        List<JsonRow> json = jsonRows(report);
        List<Row> rows = rows(dom);
        assertEquals(json.stream().map(JsonRow::index).toList(), rows.stream().map(Row::index).toList(), "a row per row");
        assertTrue(dom.contains("Interleaving: " + inAll + " steps in " + rows.size() + " rows, 7 tasks"), "the title");
        assertTrue(rows.getLast().cells().contains("throws java.lang.IllegalStateException"), rows.getLast().cells());
        assertEquals(Set.of(rows.getLast().index()), failingRows(rows));
    }

    @Test
    void aDeadlockMarksWhereEachBlockedTaskStopped() throws Exception {
        Chromium chromium = Chromium.required();
        Path dir = explore("--cp", BinInterleave.EXAMPLES, "dev.interleave.examples.failures.LockOrderDeadlock");
        List<Row> rows = rows(chromium.dumpDom(dir.resolve("report.html")).replace("<wbr>", ""));
        // main joins in its first row; task-1 and task-2 each block on the monitor the other holds, in their last rows.
        assertEquals(Set.of(0, rows.get(rows.size() - 2).index(), rows.getLast().index()), failingRows(rows));
        assertTrue(rows.getLast().cells().contains("block on monitor Object#"), rows.getLast().cells());
    }

    @Test
    void programOutputAndMessagesAreShownAsTextNeverAsMarkup() throws Exception {
        Chromium chromium = Chromium.required();
        Path dir = explore("--cp", "interleave-cli/target/test-classes", "dev.interleave.cli.fixtures.PrintsMarkup");
        String dom = chromium.dumpDom(dir.resolve("report.html")).replace("<wbr>", "");
        assertTrue(dom.contains("<body data-rendered=\"true\">"), "the page's script did not run to its end");
        assertTrue(dom.contains("<li>&lt;/script&gt;&lt;b id=\"injected-output\"&gt;bold&lt;/b&gt; &amp; &lt;!-- comment</li>"),
                "the output line as text");
        assertTrue(dom.contains("&lt;img id=\"injected-message\" src=x&gt; &amp; \"quoted\""), "the message as text");
        assertFalse(dom.contains("<b id=\"injected-output\""), "the program's output became markup");
        assertFalse(dom.contains("<img id=\"injected-message\""), "the failure message became markup");
    }

    private static Path explore(String... args) throws Exception {
        Path dir = Files.createTempDirectory("html-report");
        // Cooperative: the traces these tests read are the short ones of asyncio's points.
        List<String> command = new ArrayList<>(List.of("explore", "--mode", "cooperative", "--seed", "7", "--report",
                dir.toString()));
        command.addAll(List.of(args));
        BinInterleave.Outcome outcome = BinInterleave.run(Map.of(), command.toArray(String[]::new));
        assertEquals(1, outcome.exit(), outcome.err().toString());
        assertTrue(Files.exists(dir.resolve("report.html")), "explore --report wrote no report.html");
        return dir;
    }

    /** report.json's rows, read from its text (one field a line, rows' own fields indented six spaces). */
    private static List<JsonRow> jsonRows(String report) {
        String section = report.substring(report.indexOf("\"rows\""), report.indexOf("\"stacks\""));
        List<JsonRow> rows = new ArrayList<>();
        for (String row : section.split("\n    \\{\n")) {
            Matcher index = Pattern.compile("\n      \"index\": (\\d+)").matcher("\n" + row);
            if (!index.find()) {
                continue;
            }
            String events = row.substring(row.indexOf("\"events\""), row.indexOf("\"spins\""));
            List<String> texts = Chromium.all(Pattern.compile("\"text\": \"([^\"]*)\",\\s*\"count\": 1\\b"), events);
            rows.add(new JsonRow(Integer.parseInt(index.group(1)),
                    Chromium.all(Pattern.compile("\n      \"task\": \"([^\"]*)\""), "\n" + row).getFirst(),
                    Chromium.all(Pattern.compile("\n      \"location\": \"([^\"]*)\""), "\n" + row).getFirst(),
                    texts.subList(0, Math.min(4, texts.size()))));
        }
        return rows;
    }

    private static List<Row> rows(String dom) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(dom);
        while (m.find()) {
            rows.add(new Row(Integer.parseInt(m.group(2)), List.of(m.group(1).split(" ")), m.group(3)));
        }
        return rows;
    }

    private static Set<Integer> failingRows(List<Row> rows) {
        Set<Integer> failing = new TreeSet<>();
        rows.stream().filter(Row::failing).forEach(r -> failing.add(r.index()));
        return failing;
    }

}
