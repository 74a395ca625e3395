package dev.interleave.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A real Maven build of a small project whose only Interleave dependency is interleave-junit
 * (src/it/sample-project): the racy test fails in Surefire's results with the replay message, the
 * locked one passes. Interleave comes from a repository under target/ (maven-invoker-plugin's
 * install goal), the plugins from the user's local repository, as the invoker plugin's fast-build
 * recipe does; nothing is installed into the user's repository.
 */
class SampleProjectIT {

    private static final String RACY = "com.example.RacyFlagTest";
    private static final String LOCKED = "com.example.LockedFlagTest";
    private static final String LIBRARY = "com.example.LibraryClaimTest";
    private static final String DYNAMIC_AGENT_WARNING = "A Java agent has been loaded dynamically";
    /** What the JVM prints when it warns (class data sharing, the bootstrap class path), and what Interleave does. */
    private static final List<String> WARNINGS = List.of("VM warning", "not added to bootstrap class loader search",
            "interleave: warning");

    /** With no setup at all, the extension attaches the agent itself: the JDK says so. */
    @Test
    void withOnlyTheDependencyTheRacyTestFailsAndTheLockedOnePasses() throws Exception {
        // Alphabetical: LibraryClaimTest runs first, so its JUnit instance (and the library's class)
        // is made before any test has attached the agent.
        Build build = Build.run("zero-config", "-Dsurefire.runOrder=alphabetical");
        assertTrue(build.log.contains(DYNAMIC_AGENT_WARNING), "the agent was attached at run time:\n" + build.log);
        assertNoWarning(build);
        assertRacyFailsAndLockedPasses(build);
    }

    /** The README's recommended Surefire argLine: the agent is there from the start. */
    @Test
    void withTheRecommendedArgLineTheResultsAreTheSame() throws Exception {
        Build build = Build.run("argline", "-Pagent-argline");
        assertFalse(build.log.contains(DYNAMIC_AGENT_WARNING), "the agent came from -javaagent:\n" + build.log);
        assertNoWarning(build);
        assertRacyFailsAndLockedPasses(build);
    }

    /** Beyond the JDK's own notice of a dynamically loaded agent, which only -javaagent avoids. */
    private static void assertNoWarning(Build build) {
        for (String warning : WARNINGS) {
            assertFalse(build.log.contains(warning), "a warning (" + warning + "):\n" + build.log);
        }
    }

    /** A JVM that refuses attachment: the test fails with one line saying what to add, and never passes. */
    @Test
    void whenTheAgentCannotBeAttachedTheTestFailsSayingWhatToAdd() throws Exception {
        Build build = Build.run("no-attach", "-DargLine=-XX:+DisableAttachMechanism", "-Dtest=LockedFlagTest");
        Element failure = build.onlyFailure(LOCKED);
        String message = failure.getAttribute("message");
        assertTrue(message.startsWith("@InterleaveTest on " + LOCKED + "#onlyOneTaskSetsTheFlag cannot run: cannot attach the Interleave agent"),
                message);
        assertTrue(message.endsWith("add the agent to the test JVM: in Maven, Surefire's <argLine>-javaagent:"
                + "${dev.interleave:interleave-agent:jar}</argLine> with the maven-dependency-plugin's 'properties' goal"
                + " (see the README of Interleave)"), message);
    }

    /** One shard of the explorations is one Maven run: the -D property reaches the test JVM, and the pass says so. */
    @Test
    void aShardIsOneMavenRunAndItsPassSaysWhichShard() throws Exception {
        Build build = Build.run("shard", "-Dtest=LockedFlagTest", "-Dinterleave.shard=1/3");
        Element suite = build.suite(LOCKED);
        assertEquals("0", suite.getAttribute("failures"), build.log);
        assertTrue(build.log.matches("(?s).*no failure: strategy portfolio, mode preemptive, seed \\d+, shard 1/3: 333 "
                + "schedules in .*"), build.log);
    }

    private static void assertRacyFailsAndLockedPasses(Build build) throws Exception {
        Element suite = build.suite(LOCKED);
        assertEquals("1", suite.getAttribute("tests"), build.log);
        assertEquals("0", suite.getAttribute("failures"), build.log);
        assertEquals("0", suite.getAttribute("errors"), build.log);
        assertEquals("0", suite.getAttribute("skipped"), build.log);

        Element failure = build.onlyFailure(RACY);
        String message = failure.getAttribute("message");
        // The annotation's defaults: preemptive mode, where a random walk or PCT finds it within a few schedules.
        assertTrue(message.matches("(?s)Interleave found a failure at schedule \\d+ of \\d+ \\(strategy portfolio, mode "
                + "preemptive, seed \\d+\\):.*"), message);
        assertTrue(message.matches("(?s).*tasks that set the flag ==> expected: <1> but was: <[23]>.*"), message);
        String token = InterleaveTestTest.token(message);
        assertTrue(message.contains("mvn test -Dtest='RacyFlagTest#onlyOneTaskSetsTheFlag' -Dinterleave.replay=" + token),
                message);
        Path schedule = build.dir.resolve("target/interleave/" + RACY + "/onlyOneTaskSetsTheFlag/schedule.txt");
        assertEquals(token, Files.readAllLines(schedule).get(0));

        // The race in a library class that JUnit loaded before the agent came is found all the same.
        String library = build.onlyFailure(LIBRARY).getAttribute("message");
        assertTrue(library.matches("(?s).*tasks that took the claim ==> expected: <1> but was: <2>.*"), library);
    }

    /**
     * Builds the sample's library jar (lib-src) into the build's repository, as a library from
     * Maven Central would be there.
     */
    private static void installClaimLibrary(Path sample, Path repository) throws IOException {
        Path dir = repository.resolve("com/example/claim-lib/1.0");
        Path classes = Files.createTempDirectory("claim-lib");
        try {
            List<String> sources;
            try (Stream<Path> files = Files.walk(sample.resolve("lib-src"))) {
                sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
            }
            List<String> arguments = new ArrayList<>(List.of("-d", classes.toString()));
            arguments.addAll(sources);
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
            assertEquals(0, status, "compiling the sample's library");
            Files.createDirectories(dir);
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(dir.resolve("claim-lib-1.0.jar")));
                 Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    jar.write(Files.readAllBytes(file));
                    jar.closeEntry();
                }
            }
            Files.writeString(dir.resolve("claim-lib-1.0.pom"), """
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <groupId>com.example</groupId>
                      <artifactId>claim-lib</artifactId>
                      <version>1.0</version>
                    </project>
                    """);
        } finally {
            Trees.delete(classes);
        }
    }

    /** One Maven build of a fresh copy of the sample project. */
    private record Build(Path dir, String log) {

        static Build run(String name, String... extraArgs) throws Exception {
            installClaimLibrary(Path.of(System.getProperty("interleave.it.sample")),
                    Path.of(System.getProperty("interleave.it.repo")));
            Path work = Path.of(System.getProperty("interleave.it.work")).resolve(name);
            Trees.delete(work);
            Trees.copy(Path.of(System.getProperty("interleave.it.sample")), work);
            String version = System.getProperty("interleave.version");
            Path pom = work.resolve("pom.xml");
            Files.writeString(pom, Files.readString(pom).replace("@interleave.version@", version));
            Path settings = work.resolve("it-settings.xml");
            String userRepo = Path.of(System.getProperty("interleave.it.userRepo")).toUri().toString();
            Files.writeString(settings, Files.readString(Path.of(System.getProperty("interleave.it.settings")))
                    .replace("@localRepositoryUrl@", userRepo));

            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(), "-B", "-ntp",
                    "-s", settings.toString(), "-Dmaven.repo.local=" + System.getProperty("interleave.it.repo"),
                    "-Dmaven.test.failure.ignore=true", "-Dsurefire.failIfNoSpecifiedTests=false"));
            command.addAll(List.of(extraArgs));
            command.add("test");
            Path logFile = work.resolve("build.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().remove("MAVEN_OPTS");
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the sample build took more than 5 minutes; see " + logFile);
            }
            String log = Files.readString(logFile, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "the sample build failed (test failures are ignored):\n" + log);
            return new Build(work, log);
        }

        Element suite(String testClass) throws Exception {
            Path xml = dir.resolve("target/surefire-reports/TEST-" + testClass + ".xml");
            assertTrue(Files.exists(xml), "no Surefire results for " + testClass + ":\n" + log);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
        }

        Element onlyFailure(String testClass) throws Exception {
            Element suite = suite(testClass);
            assertEquals("1", suite.getAttribute("tests"), log);
            assertEquals("1", suite.getAttribute("failures"), log);
            return (Element) suite.getElementsByTagName("failure").item(0);
        }
    }
}
