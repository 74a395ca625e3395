package dev.interleave.testprograms.init;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Interfaces with static initializers, whose state must start fresh in every execution as in a new
 * JVM and whose initializers run when the JVM runs them: at a field's first use, a static method's
 * call, or the initialization of a class that implements an interface with default methods (JLS
 * 12.4.2), never for one without them. An initializer keeps its caller ({@code MethodHandles.lookup()})
 * and its lambdas.
 */
public class StatefulInterfaces {

    interface Registry {
        List<String> NAMES = InitLog.add("init Registry") == null ? null : new ArrayList<>();
        Comparator<String> ORDER = Comparator.comparing(String::length);
        MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

        static int size() {
            return NAMES.size();
        }

        default String describe() {
            return "registry of " + NAMES.size();
        }
    }

    interface WithDefaults {
        String NAME = InitLog.add("init WithDefaults");

        default String name() {
            return NAME;
        }
    }

    interface WithoutDefaults {
        String NAME = InitLog.add("init WithoutDefaults (wrong: no default method, no initialization)");
    }

    static class Implementation implements WithDefaults, WithoutDefaults {
        static {
            InitLog.add("init Implementation");
        }
    }

    static class Member implements Registry {
    }

    public static void main(String[] args) {
        InitLog.add("start");
        Registry.NAMES.add("first");
        InitLog.add("names " + Registry.NAMES + ", size " + Registry.size());
        InitLog.add("lookup class " + Registry.LOOKUP.lookupClass().getSimpleName());
        List<String> sorted = new ArrayList<>(List.of("three", "a", "to"));
        sorted.sort(Registry.ORDER);
        InitLog.add("sorted " + sorted);
        InitLog.add(new Member().describe());
        InitLog.add("through the class: " + Member.NAMES.size());
        new Implementation();
        InitLog.add("made an Implementation");
        InitLog.EVENTS.forEach(System.out::println);
    }
}
