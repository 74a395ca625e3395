package dev.interleave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.explore.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The scaling-out recipes (docs/recipes) are YAML that GitHub Actions and Kubernetes can read, and
 * the command lines they run are valid {@code bin/interleave explore} and {@code merge} invocations
 * that fit together: one shard for each index of the matrix or Job, 0 to N-1, each with N in its
 * {@code --shard}, and a merge of exactly the shards' report directories. A recipe whose matrix
 * counts from 1, whose N disagrees with the matrix, or whose merge forgets a shard fails here.
 */
class RecipesTest {

    private static final Path RECIPES = BinInterleave.HOME.resolve("docs/recipes");

    /** A command line of a recipe, with its shell variables given values. */
    private record Invocation(ExploreCommand explore, MergeCommand merge) {
    }

    @Test
    void theGithubActionsWorkflowRunsOneShardPerMatrixEntryAndMergesThemAll() throws IOException {
        Map<String, Object> workflow = new Yaml().load(Files.readString(RECIPES.resolve("github-actions.yml")));
        Map<String, Object> jobs = map(workflow.get("jobs"));
        Map<String, Object> explore = map(jobs.get("explore"));
        List<?> indexes = (List<?>) map(map(explore.get("strategy")).get("matrix")).get("shard");
        assertFalse(map(explore.get("strategy")).get("fail-fast") instanceof Boolean b && b,
                "a shard that finds a failure must not cancel the others");
        String exploreRun = run(explore);
        List<String> shardDirs = new ArrayList<>();
        int count = -1;
        for (Object index : indexes) {
            ExploreCommand shard = parse(exploreRun.replace("${{ matrix.shard }}", index.toString())
                    .replace("${{ github.run_id }}", "12345")).explore();
            Shard part = Shard.parse(shard.shard);
            assertEquals(index, part.index());
            count = count < 0 ? part.count() : count;
            assertEquals(count, part.count(), "every shard splits the exploration the same number of ways");
            shardDirs.add(shard.report.getFileName().toString());
        }
        assertEquals(IntStream.range(0, count).boxed().toList(), indexes, "the matrix must hold the shards 0 to N-1");
        Map<String, Object> merge = map(jobs.get("merge"));
        assertEquals("explore", merge.get("needs"));
        assertEquals("${{ always() }}", merge.get("if"), "a crashed shard is the merge's to name");
        MergeCommand merged = parse(run(merge)).merge();
        assertEquals(new TreeSet<>(shardDirs), names(merged.results), "the merge reads every shard's report directory");
        assertEquals(count, merged.results.size());
    }

    @Test
    void theKubernetesIndexedJobRunsShardJobCompletionIndexAndTheMergeReadsThemAll() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(RECIPES.resolve("k8s-indexed-job.yaml")))) {
            documents.add(map(document));
        }
        Map<String, Object> explore = job(documents, "interleave-explore");
        Map<String, Object> spec = map(explore.get("spec"));
        assertEquals("Indexed", spec.get("completionMode"));
        int count = (Integer) spec.get("completions");
        List<String> shardDirs = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            ExploreCommand shard = parse(command(spec).replace("$JOB_COMPLETION_INDEX", Integer.toString(index))).explore();
            assertEquals(new Shard(index, count), Shard.parse(shard.shard), "completions must be the N of --shard I/N");
            shardDirs.add(shard.report.toString());
        }
        MergeCommand merge = parse(command(map(job(documents, "interleave-merge").get("spec")))).merge();
        assertEquals(shardDirs, merge.results.stream().map(Path::toString).toList(),
                "the merge reads every shard's report directory");
        Set<String> steps = new TreeSet<>();
        documents.forEach(d -> steps.add(String.valueOf(map(map(d.get("metadata")).get("labels")).get("step"))));
        assertEquals(Set.of("explore", "merge"), steps, "kubectl apply -l step=... applies the two steps apart");
    }

    private static Map<String, Object> job(List<Map<String, Object>> documents, String name) {
        return documents.stream().filter(d -> "Job".equals(d.get("kind")) && name.equals(map(d.get("metadata")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no Job " + name));
    }

    /** The command a Job's one container runs through {@code bash -c}. */
    private static String command(Map<String, Object> jobSpec) {
        List<?> containers = (List<?>) map(map(jobSpec.get("template")).get("spec")).get("containers");
        Map<String, Object> container = map(containers.getFirst());
        assertEquals(List.of("bash", "-c"), container.get("command"));
        return (String) ((List<?>) container.get("args")).getFirst();
    }

    /** The one {@code bin/interleave} line of a job's steps. */
    private static String run(Map<String, Object> job) {
        List<String> lines = new ArrayList<>();
        for (Object step : (List<?>) job.get("steps")) {
            Object run = map(step).get("run");
            if (run instanceof String script) {
                script.lines().filter(l -> l.contains("bin/interleave")).forEach(lines::add);
            }
        }
        assertEquals(1, lines.size(), lines.toString());
        return lines.getFirst();
    }

    /** Parses a shell line {@code bin/interleave VERB ... || [ $? -eq 1 ]} as the command line would. */
    private static Invocation parse(String line) {
        String command = line.strip().replaceFirst("\\s*\\|\\| \\[ \\$\\? -eq 1 ]$", "");
        assertFalse(command.matches(".*[\"'$`;&|<>].*"), "a plain command line: " + command);
        List<String> words = List.of(command.split("\\s+"));
        assertEquals("bin/interleave", words.getFirst(), command);
        CommandLine.ParseResult parsed = Main.commandLine().parseArgs(words.subList(1, words.size()).toArray(String[]::new));
        assertTrue(parsed.hasSubcommand(), command);
        Object verb = parsed.subcommand().commandSpec().userObject();
        if (verb instanceof ExploreCommand explore) {
            assertTrue(explore.shard != null && explore.report != null, "a shard names its part and its directory: " + command);
            return new Invocation(explore, null);
        }
        if (verb instanceof MergeCommand merge) {
            return new Invocation(null, merge);
        }
        throw new AssertionError("neither explore nor merge: " + command);
    }

    private static Set<String> names(List<Path> paths) {
        return new TreeSet<>(paths.stream().map(p -> p.getFileName().toString()).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "not a mapping: " + value);
        return (Map<String, Object>) value;
    }
}
