package dev.interleave.examples.explore;

import java.util.ArrayDeque;

/**
 * Two threads whose whole work is a method reference to a JDK method on one deque: one pops the
 * only element, the other clears the deque and then pops nothing. Popping after the clear throws.
 * Javac points each lambda straight at {@code ArrayDeque}'s methods, so no program code runs in
 * the threads unless the agent routes the calls through the program's class: a reduction that
 * does not see them takes the two threads to be independent and runs only one order.
 */
public final class MethodReferenceRace {

    private MethodReferenceRace() {
    }

    public static void main(String[] args) throws InterruptedException {
        ArrayDeque<String> deque = new ArrayDeque<>();
        deque.push("only");
        Thread pop = new Thread(deque::pop);
        Thread clear = new Thread(deque::clear);
        clear.start();
        pop.start();
        clear.join();
        pop.join();
    }
}
