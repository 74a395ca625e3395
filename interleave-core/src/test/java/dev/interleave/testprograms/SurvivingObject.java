package dev.interleave.testprograms;

import java.util.function.Supplier;

/**
 * An object that outlives its execution in JDK-global state (a system property) and is used by the
 * next execution before anything else uses its class: its method still sees its class initialized
 * for the current execution, since instance methods guard their own class's static fields too.
 */
public class SurvivingObject {

    private static final String KEY = "interleave.test.surviving";

    static class Survivor implements Supplier<String> {
        static final StringBuilder GREETING;

        static {
            GREETING = new StringBuilder("initialized");
        }

        @Override
        public String get() {
            return GREETING.append('!').toString();
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        Object survivor = System.getProperties().get(KEY);
        if (survivor == null) {
            survivor = new Survivor();
            System.getProperties().put(KEY, survivor);
        }
        System.out.println(((Supplier<String>) survivor).get());
    }
}
