package dev.interleave.examples.jdk;

import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A bug inside the JDK: {@code ConcurrentLinkedDeque} is not linearizable (found by Lincheck). A
 * deque holds 4; one thread polls the first element while another adds -4 at the front and then
 * peeks at the last element. {@code pollFirst()} can answer 4 and {@code peekLast()} 4 as well,
 * which no sequential order of the three calls gives: polled first, the deque is left with -4 alone
 * and the peek sees -4; polled after the add, the poll gets -4. {@code pollFirst} read the first
 * element's item (4) and was about to clear it when the other thread added -4 and peeked. The JDK's
 * classes are trusted as a whole, so only {@code --instrument java.util.concurrent.ConcurrentLinkedDeque}
 * (sync or preemptive mode) shows it.
 */
public final class ConcurrentLinkedDequeBug {

    private ConcurrentLinkedDequeBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        deque.addLast(4);
        Integer[] polled = new Integer[1];
        Integer[] peeked = new Integer[1];
        Thread poller = new Thread(() -> polled[0] = deque.pollFirst());
        Thread adder = new Thread(() -> {
            deque.addFirst(-4);
            peeked[0] = deque.peekLast();
        });
        poller.start();
        adder.start();
        poller.join();
        adder.join();
        if (polled[0] == 4 && peeked[0] == 4) {
            throw new AssertionError("pollFirst() = 4 and peekLast() = 4: no sequential order of the three calls gives that");
        }
        System.out.println("pollFirst() = " + polled[0] + ", peekLast() = " + peeked[0]);
    }
}
