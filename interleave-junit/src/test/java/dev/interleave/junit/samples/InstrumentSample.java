package dev.interleave.junit.samples;

import dev.interleave.junit.InterleaveTest;
import java.util.ArrayDeque;

/**
 * Two threads add to an {@code ArrayDeque}, which is not thread-safe, without a lock. The JDK's
 * classes are trusted as a whole, so the race inside it is seen only where the test names the
 * class to instrument. (No assertion: the deque may lose an element, but the pass shows the race.)
 */
public class InstrumentSample {

    private static void addFromTwoThreads() throws InterruptedException {
        ArrayDeque<Integer> deque = new ArrayDeque<>();
        Thread first = new Thread(() -> deque.add(1));
        Thread second = new Thread(() -> deque.add(2));
        first.start();
        second.start();
        first.join();
        second.join();
    }

    @InterleaveTest(schedules = 20, instrument = "java.util.ArrayDeque")
    void instrumented() throws InterruptedException {
        addFromTwoThreads();
    }

    @InterleaveTest(schedules = 20)
    void trusted() throws InterruptedException {
        addFromTwoThreads();
    }
}
