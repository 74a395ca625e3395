package dev.interleave.testprograms;

import java.util.ArrayList;
import java.util.List;

/**
 * Class initialization as the JVM does it, run after run: a class is initialized at its first use,
 * by the task that uses it, its superclass first; a yield inside an initializer does not let another
 * task in (the initializer is pinned, as in the JVM); and every execution counts from zero.
 */
public class InitOrder {

    static int executions;
    static final List<String> EVENTS = new ArrayList<>();

    static class Base {
        static {
            EVENTS.add("init Base in " + Thread.currentThread().getName());
        }
    }

    static class Lazy extends Base {
        static final String VALUE;

        static {
            EVENTS.add("init Lazy begins");
            Thread.yield();
            EVENTS.add("init Lazy ends in " + Thread.currentThread().getName());
            VALUE = "value";
        }
    }

    public static void main(String[] args) throws InterruptedException {
        executions++;
        EVENTS.add("main starts, execution " + executions);
        Thread worker = Thread.ofVirtual().name("worker").start(() -> {
            EVENTS.add("worker uses Lazy");
            EVENTS.add("worker read " + Lazy.VALUE);
        });
        Thread other = Thread.ofVirtual().name("other").start(() -> EVENTS.add("other runs"));
        worker.join();
        other.join();
        EVENTS.forEach(System.out::println);
    }
}
