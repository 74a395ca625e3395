package dev.interleave.examples.sync;

import dev.interleave.Mode;
import dev.interleave.Strategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.Failure;
import dev.interleave.Interleave;
import dev.interleave.Program;
import dev.interleave.explore.Exploration;
import dev.interleave.explore.ExploreOptions;
import dev.interleave.explore.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.jctools.maps.NonBlockingHashMapLong;
import org.jctools.queues.SpscArrayQueue;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 on real libraries, run in this JVM (their classes instrumented as the program's as
 * they load): JCTools, built on {@code sun.misc.Unsafe}, and commons-pool2, whose deque guards its
 * nodes with {@code InterruptibleReentrantLock}, a {@code ReentrantLock} subclass. Sync mode once
 * missed both JCTools bugs (no {@code Unsafe} call was a scheduling point) and reported false races
 * on commons-pool2's deque in every mode.
 */
class LibrariesTest {

    /**
     * {@code putIfAbsent(2, 6)}, then {@code remove(2)} and {@code replace(2, 8)} at once: every order
     * of the two ends with no key 2 (remove first, replace finds nothing; replace first, remove takes
     * the 8). JCTools 3.1.0's map can end with 8 (the bug Lincheck's authors reported).
     */
    private static void removeAndReplace() throws InterruptedException {
        NonBlockingHashMapLong<Integer> map = new NonBlockingHashMapLong<>();
        map.putIfAbsent(2, 6);
        Integer[] returned = new Integer[2];
        Thread remover = new Thread(() -> returned[0] = map.remove(2));
        Thread replacer = new Thread(() -> returned[1] = map.replace(2, 8));
        remover.start();
        replacer.start();
        remover.join();
        replacer.join();
        Integer last = map.get(2);
        if (last != null) {
            throw new AssertionError("remove returned " + returned[0] + ", replace " + returned[1] + ", and 2 maps to " + last);
        }
    }

    private static Exploration explore(String name, ExploreOptions options, Interleave.Body body) {
        return Interleave.explore(name, options.withShrink(false), body);
    }

    @Test
    void syncModeFindsTheLostRemoveOfNonBlockingHashMapLong() {
        for (Strategies strategy : List.of(Strategies.RANDOM, Strategies.DFS)) {
            Exploration e = explore("NonBlockingHashMapLong", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(Mode.SYNC)
                    .withStrategy(strategy).withSchedules(5_000), LibrariesTest::removeAndReplace);
            assertTrue(e.found().isPresent(), strategy + ": nothing in " + e.schedulesRun() + " schedules");
            Failure.UncaughtException failure = assertInstanceOf(Failure.UncaughtException.class, e.found().get().failure());
            assertInstanceOf(AssertionError.class, failure.error(), failure.summary());
        }
    }

    @Test
    void cooperativeModeCannotSeeIt() {
        Exploration e = explore("NonBlockingHashMapLong", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withStrategy(Strategies.DFS)
                .withSchedules(5_000), LibrariesTest::removeAndReplace);
        assertTrue(e.passed() && e.exhausted(), e.toString());
    }

    @Test
    void syncModeFindsTheLostElementOfASingleProducerQueueWithTwoProducers() {
        Exploration e = explore("SpscArrayQueue", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(Mode.SYNC).withStrategy(Strategies.RANDOM)
                .withSchedules(5_000), () -> QueueWithTwoProducers.main(new String[0]));
        assertTrue(e.found().isPresent(), "nothing in " + e.schedulesRun() + " schedules");
        Failure.UncaughtException failure = assertInstanceOf(Failure.UncaughtException.class, e.found().get().failure());
        assertInstanceOf(AssertionError.class, failure.error(), failure.summary());
    }

    @Test
    void aLibrarysJarOnTheProgramsClassPathIsInstrumentedAsTheProgram() throws Exception {
        Path jar = Path.of(SpscArrayQueue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Program program = Program.of(List.of(Path.of("target/test-classes"), jar), QueueWithTwoProducers.class.getName());
        for (Strategies strategy : List.of(Strategies.RANDOM, Strategies.DFS)) {
            Exploration e = Interleave.exploreMain(program, new String[0], ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(Mode.SYNC)
                    .withStrategy(strategy).withShrink(false).withSchedules(5_000), ProgressListener.NONE);
            assertTrue(e.found().isPresent(), strategy + ": nothing in " + e.schedulesRun() + " schedules");
        }
    }

    private static final class Buffers extends BasePooledObjectFactory<StringBuilder> {
        @Override
        public StringBuilder create() {
            return new StringBuilder();
        }

        @Override
        public PooledObject<StringBuilder> wrap(StringBuilder buffer) {
            return new DefaultPooledObject<>(buffer);
        }
    }

    /** Two threads borrow from and return to a pool of one object: its deque orders them. */
    private static void borrowAndReturn() throws Exception {
        GenericObjectPoolConfig<StringBuilder> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(1);
        config.setJmxEnabled(false);
        try (GenericObjectPool<StringBuilder> pool = new GenericObjectPool<>(new Buffers(), config)) {
            Runnable use = () -> {
                try {
                    StringBuilder buffer = pool.borrowObject();
                    buffer.append('x');
                    pool.returnObject(buffer);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            };
            Thread first = new Thread(use);
            Thread second = new Thread(use);
            first.start();
            second.start();
            first.join();
            second.join();
        }
    }

    @Test
    void commonsPoolsDequeRacesWithNothing() {
        for (Mode mode : Mode.values()) {
            Exploration e = explore("GenericObjectPool", ExploreOptions.defaults(1).withMode(Mode.COOPERATIVE).withMode(mode).withStrategy(Strategies.RANDOM)
                    .withSchedules(300), LibrariesTest::borrowAndReturn);
            assertTrue(e.passed(), () -> mode + ": " + e.found().get().failure().summary());
            assertEquals(List.of(), e.races(), mode.label());
        }
    }
}
