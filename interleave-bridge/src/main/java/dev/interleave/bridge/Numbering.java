package dev.interleave.bridge;

import java.util.Arrays;

/**
 * Numbers what instrumentation registers (access sites, call sites) in the order it comes, so
 * that instrumented code passes one int and the runtime reads the entry without locking: a reader
 * sees each entry once its number has been handed out, since the array is published after it.
 */
final class Numbering<T> {

    private volatile Object[] entries = new Object[64];
    private int count;

    synchronized int register(T entry) {
        Object[] current = entries;
        if (count == current.length) {
            current = Arrays.copyOf(current, count * 2);
        }
        current[count] = entry;
        entries = current; // publishes the new entry
        return count++;
    }

    @SuppressWarnings("unchecked")
    T get(int id) {
        return (T) entries[id];
    }
}
