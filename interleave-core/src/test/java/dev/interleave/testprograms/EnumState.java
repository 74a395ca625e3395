package dev.interleave.testprograms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;

/**
 * Enums whose state must start fresh in every execution although the executions share one class
 * loader: a constant with a mutable field, an enum singleton holding a list, and the JDK's views of
 * an enum's constants ({@code valueOf}, {@code values()}, {@code EnumSet}, {@code EnumMap}, a
 * switch), which must answer this execution's constants.
 */
public class EnumState {

    enum Color {
        RED, GREEN;

        int uses;
    }

    enum Registry {
        INSTANCE;

        final List<String> names = new ArrayList<>();
    }

    static int runs;

    public static void main(String[] args) {
        runs++;
        Color green = Color.valueOf("GREEN");
        if (green != Color.GREEN || Color.values()[1] != Color.GREEN) {
            throw new AssertionError("the JDK answered another execution's constant");
        }
        green.uses++;
        EnumSet<Color> all = EnumSet.allOf(Color.class);
        EnumMap<Color, String> names = new EnumMap<>(Color.class);
        names.put(Color.RED, "red");
        if (!all.contains(Color.RED) || !"red".equals(names.get(Color.valueOf("RED")))) {
            throw new AssertionError("EnumSet or EnumMap hold another execution's constants");
        }
        Registry.INSTANCE.names.add("run");
        String letter = switch (green) {
            case RED -> "r";
            case GREEN -> "g";
        };
        System.out.println(runs + " " + green.uses + " " + Registry.INSTANCE.names.size() + " " + letter);
    }
}
