package dev.interleave.internal.strategy;

import java.util.Map;

/**
 * What a strategy can say about the space it searched, for the exploration's summary (the command
 * line's and a passing test's) and its report: whether it enumerates the space, so that running
 * out of it is a proof, and the figures that bound or shorten that proof. The summary reads only
 * this, so a strategy's own figures stay with the strategy.
 */
public interface SearchStatistics {

    /** A sample: a pass says only that the schedules run passed. */
    SearchStatistics SAMPLE = new Sample();

    /** Whether the strategy enumerates its space, so that having run all of it is a proof. */
    boolean systematic();

    /** Whether every schedule of the space ran: only a systematic search is ever exhausted. */
    boolean exhausted();

    /**
     * What bounds the space or shortened its search, as words that follow "space exhausted: yes"
     * (" (delay bound 2), 40 branches skipped by the reduction"), or the empty string.
     */
    String details();

    /** The same figures by name, for {@code report.json}; empty for a sample. */
    Map<String, Object> figures();

    /** Branches not yet taken, for progress lines; -1 when the strategy cannot tell. */
    long frontier();

    /** The statistics of a strategy that samples: random walks, PCT, POS, FIFO and the portfolio. */
    record Sample() implements SearchStatistics {
        @Override
        public boolean systematic() {
            return false;
        }

        @Override
        public boolean exhausted() {
            return false;
        }

        @Override
        public String details() {
            return "";
        }

        @Override
        public Map<String, Object> figures() {
            return Map.of();
        }

        @Override
        public long frontier() {
            return -1;
        }
    }
}
