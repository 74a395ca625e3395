package dev.interleave.testprograms.oldstyle;

import java.util.ArrayList;
import java.util.List;

/**
 * State in an interface's field, run as a Java 1.4 class file (see OldClassFilesTest): an interface
 * of that era has no static methods, so its initializer moves to its statics holder, and every
 * execution must see a fresh list. Written without what a 1.4 class file cannot hold (no string
 * concatenation, lambdas or class literals).
 */
public class OldInterfaceState {

    interface Registry {
        List<String> NAMES = new ArrayList<>();
    }

    public static void main(String[] args) {
        Registry.NAMES.add("run");
        System.out.println(new StringBuilder().append(Registry.NAMES.size()).toString());
        if (Registry.NAMES.size() != 1) {
            throw new AssertionError("static state carried over");
        }
    }
}
