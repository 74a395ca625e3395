package dev.interleave.linearizability;

import dev.interleave.Interleave;
import java.util.List;

/**
 * One execution of a scenario, as the explorer's body: a fresh instance of the specification, the
 * initial part on the main task, one thread per column started together and joined, the final
 * part, then the check of the history against the sequential model. A history no order explains
 * throws {@link NotLinearizableError}, the execution's failure.
 *
 * <p>This package is not instrumented (see {@link History} for why), so starting the threads is no
 * scheduling point: all of them start together, before any runs, and every interleaving of their
 * operations is the strategy's to choose. The runtime still sees each start and join (the JDK's
 * {@code Thread} is patched): the data-race detector orders the initial part before the threads'
 * operations and those before the final part.
 */
final class ScenarioRun implements Interleave.Body {

    private final SpecSource source;
    private final String model;
    private final Scenario scenario;
    private final boolean virtualThreads;
    // Executions that share a class loader share the class: its binding is made once.
    private Binding spec;
    private Binding sequential;

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
        for (Invocation invocation : scenario.initial()) {
            history.run(HistoryEntry.MAIN, spec, instance, invocation);
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
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (Throwable e : died) {
            if (e != null) {
                return; // that thread's own failure is the execution's verdict: its history is incomplete
            }
        }
        for (Invocation invocation : scenario.finale()) {
            history.run(HistoryEntry.MAIN, spec, instance, invocation);
        }
        List<HistoryEntry> entries = history.entries();
        LinearizabilityChecker.Verdict verdict = LinearizabilityChecker.check(entries, sequential);
        if (!verdict.linearizable()) {
            throw new NotLinearizableError(Explanation.of(entries, verdict));
        }
    }

    private void bind(Class<?> type) throws ClassNotFoundException {
        if (spec == null || spec.type() != type) {
            spec = new Binding(type);
            sequential = model == null ? spec : new Binding(Class.forName(model, true, type.getClassLoader()));
        }
    }
}
