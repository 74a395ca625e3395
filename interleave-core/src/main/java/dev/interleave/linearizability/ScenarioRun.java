package dev.interleave.linearizability;

import dev.interleave.Interleave;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One execution of a scenario, as the explorer's body: a fresh instance of the specification, the
 * initial part on the main task, one thread per column started together and joined, the final
 * part, then the check of the history against the sequential model. A history no order explains
 * throws {@link NotLinearizableError}, the execution's failure; an operation that did not complete
 * where a sequential run would, {@link HangError}.
 *
 * <p>This package is not instrumented (see {@link History} for why), so starting the threads is no
 * scheduling point: all of them start together, before any runs, and every interleaving of their
 * operations is the strategy's to choose. The runtime still sees each start and join (the JDK's
 * {@code Thread} is patched): the data-race detector orders the initial part before the threads'
 * operations and those before the final part.
 *
 * <p>The main task joins the threads with {@link Patience}: when they all block for good, the
 * virtual clock ends the wait, and the hang is judged here, with what completed, rather than
 * reported as a deadlock. The threads are daemons, so that those left blocked do not keep the run.
 */
final class ScenarioRun implements Interleave.Body {

    private final SpecSource source;
    private final String model;
    private final Scenario scenario;
    private final boolean virtualThreads;
    // Executions that share a class loader share the class: its binding is made once.
    private Binding spec;
    private BlockingModel sequential;

    /** @param model the sequential model's class name, or null for the specification class itself */
    ScenarioRun(SpecSource source, String model, Scenario scenario, boolean virtualThreads) {
        this.source = source;
        this.model = model;
        this.scenario = scenario;
        this.virtualThreads = virtualThreads;
    }

    @Override
    public void run() throws Throwable {
        bind(source.load());
        Object instance = spec.fresh();
        History history = new History();
        if (!runOnMain(history, instance, scenario.initial())) {
            judgeHang(history);
            return;
        }
        List<List<Invocation>> columns = scenario.parallel();
        Thread[] threads = new Thread[columns.size()];
        Throwable[] died = new Throwable[columns.size()];
        for (int t = 0; t < threads.length; t++) {
            int column = t;
            Runnable body = () -> {
                try {
                    for (Invocation invocation : columns.get(column)) {
                        history.run(column, spec, instance, invocation);
                    }
                } catch (Error e) {
                    died[column] = e;
                    throw e;
                } catch (Exception e) {
                    // Not an operation's exception (those are results): the runner's own, a bad model.
                    died[column] = e;
                    throw new IllegalStateException(e);
                }
            };
            threads[t] = (virtualThreads ? Thread.ofVirtual() : Thread.ofPlatform()).name("t" + t).unstarted(body);
            if (!virtualThreads) {
                threads[t].setDaemon(true);
            }
        }
        for (Thread thread : threads) {
            thread.start();
        }
        boolean hung = false;
        for (Thread thread : threads) {
            hung |= !Patience.joined(thread);
        }
        for (Throwable e : died) {
            if (e != null) {
                return; // that thread's own failure is the execution's verdict: its history is incomplete
            }
        }
        if (hung || !runOnMain(history, instance, scenario.finale())) {
            judgeHang(history);
            return;
        }
        List<HistoryEntry> entries = history.entries();
        LinearizabilityChecker.Verdict verdict = LinearizabilityChecker.check(entries, sequential);
        if (!verdict.linearizable()) {
            List<Set<Result>> allowed = AllowedResults.of(entries, sequential);
            throw new NotLinearizableError(Explanation.notLinearizable(entries, verdict, allowed), entries,
                    Explanation.texts(allowed));
        }
    }

    /**
     * Runs a sequential part on the main task; a blocking operation on a task of its own, so that
     * one blocked for good is seen (false) rather than blocking the run.
     */
    private boolean runOnMain(History history, Object instance, List<Invocation> part) throws Exception {
        for (Invocation invocation : part) {
            if (!sequential.blocking(invocation)) {
                history.run(HistoryEntry.MAIN, spec, instance, invocation);
            } else if (!Patience.run(() -> {
                history.run(HistoryEntry.MAIN, spec, instance, invocation);
                return null;
            }).completed()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Some operations did not complete. Not declared blocking: a hang, said with what a sequential
     * run does. Declared blocking: no failure when some order of the operations that completed, with
     * their results, leaves every one that did not blocked in the model too; else a hang (a lost
     * wake-up), or results no order explains.
     */
    private void judgeHang(History history) throws Exception {
        List<HistoryEntry> all = new ArrayList<>(history.entries());
        all.addAll(history.pending());
        all.sort(Comparator.comparingLong(HistoryEntry::called));
        List<HistoryEntry> pending = history.pending();
        List<HistoryEntry> undeclared = pending.stream().filter(e -> !sequential.blocking(e.invocation())).toList();
        if (!undeclared.isEmpty()) {
            // Any operation may block in this run alone: each runs where it may.
            throw new HangError(Explanation.hang(all, undeclared, sequentialRunCompletes(sequential.guardingAll())
                    ? "sequentially it does (the scenario run alone, in its order, completes)"
                    : "run alone, in the scenario's order, it does not complete either (an operation that blocks by"
                    + " design is declared @Operation(blocking = true))"), all);
        }
        if (LinearizabilityChecker.explainsHang(all, sequential).linearizable()) {
            return;
        }
        LinearizabilityChecker.Verdict results = LinearizabilityChecker.check(all, sequential);
        if (!results.linearizable()) {
            throw new NotLinearizableError(Explanation.notLinearizable(all, results, null), all, null);
        }
        throw new HangError(Explanation.hang(all, pending, "sequentially it does (no order of the operations that"
                + " completed, with their results, leaves it blocked)"), all);
    }

    /** Whether the whole scenario, run alone on a fresh model in its order, completes. */
    private boolean sequentialRunCompletes(BlockingModel guarded) throws Exception {
        Object state = guarded.fresh();
        List<Invocation> order = new ArrayList<>(scenario.initial());
        scenario.parallel().forEach(order::addAll);
        order.addAll(scenario.finale());
        for (Invocation invocation : order) {
            if (guarded.apply(state, invocation) instanceof Result.Blocks) {
                return false;
            }
        }
        return true;
    }

    private void bind(Class<?> type) throws ClassNotFoundException {
        if (spec == null || spec.type() != type) {
            spec = new Binding(type);
            Binding reference = model == null ? spec : new Binding(Class.forName(model, true, type.getClassLoader()));
            sequential = new BlockingModel(reference, spec.blockingOperations(), false);
        }
    }
}
