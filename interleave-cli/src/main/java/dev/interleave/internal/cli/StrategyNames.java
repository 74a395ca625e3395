package dev.interleave.internal.cli;

import dev.interleave.Strategies;
import java.util.Iterator;

/** The strategies' names for {@code --strategy}'s help, from the one list of them. */
final class StrategyNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Strategies.labels().iterator();
    }
}
