package dev.interleave.testprograms;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps state in an interface's field, which an interface initializer sets and which must stay
 * final: it cannot be reset, so each execution needs a fresh class loader to see a fresh list.
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
