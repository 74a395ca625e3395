package dev.interleave.testprograms;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps state in an interface's field, which an interface initializer sets and which must stay
 * final: each execution must still see a fresh list (the interface's statics holder keeps it).
 */
public class InterfaceState {

    interface Registry {
        List<String> NAMES = new ArrayList<>();
    }

    public static void main(String[] args) {
        Registry.NAMES.add("run");
        System.out.println(Registry.NAMES.size());
        if (Registry.NAMES.size() != 1) {
            throw new AssertionError("static state carried over: " + Registry.NAMES);
        }
    }
}
