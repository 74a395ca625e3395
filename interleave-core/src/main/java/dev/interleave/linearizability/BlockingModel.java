package dev.interleave.linearizability;

import java.util.Set;

/**
 * The sequential model as the checker runs it when operations may block: an operation declared
 * {@link Operation#blocking()} runs on a task of its own (see {@link Patience}), and one that would
 * wait for ever is {@link Result.Blocks} instead of a model that blocks the check with it. Other
 * operations run on the checking task, as before: a thread for each would slow every check.
 */
final class BlockingModel implements SequentialSpec {

    private final SequentialSpec model;
    /** The blocking operations, as {@code name[parameter types]}. */
    private final Set<String> blocking;
    /** Whether every operation runs on a task of its own (a check after a hang, where any may block). */
    private final boolean all;

    BlockingModel(SequentialSpec model, Set<String> blocking, boolean all) {
        this.model = model;
        this.blocking = Set.copyOf(blocking);
        this.all = all;
    }

    static String signature(Invocation invocation) {
        return invocation.operation() + invocation.parameterTypes();
    }

    boolean blocking(Invocation invocation) {
        return blocking.contains(signature(invocation));
    }

    /** The same model, with every operation run where it may block. */
    BlockingModel guardingAll() {
        return new BlockingModel(model, blocking, true);
    }

    @Override
    public Object fresh() throws Exception {
        return model.fresh();
    }

    @Override
    public Result apply(Object state, Invocation invocation) throws Exception {
        if (!all && !blocking(invocation)) {
            return model.apply(state, invocation);
        }
        Patience.Outcome<Result> outcome = Patience.run(() -> model.apply(state, invocation));
        return outcome.completed() ? outcome.value() : new Result.Blocks();
    }

    @Override
    public Object key(Object state) throws Exception {
        return model.key(state);
    }
}
