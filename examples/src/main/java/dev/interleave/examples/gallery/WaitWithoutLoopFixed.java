package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The fix for {@link WaitWithoutLoopBug}: {@code take} waits in a {@code while} loop, so a
 * consumer woken after the other consumer took the letter goes back to waiting. Two letters for
 * two consumers, and every put notifies all waiters, so each consumer ends with one letter.
 */
public final class WaitWithoutLoopFixed {

    private WaitWithoutLoopFixed() {
    }

    static final class Mailbox {
        private final Deque<String> letters = new ArrayDeque<>();

        synchronized void put(String letter) {
            letters.addLast(letter);
            notifyAll();
        }

        synchronized String take() throws InterruptedException {
            while (letters.isEmpty()) {
                wait();
            }
            String letter = letters.pollFirst();
            if (letter == null) {
                throw new AssertionError("take() woke up to an empty mailbox: another consumer took the letter");
            }
            return letter;
        }
    }

    public static void main(String[] args) {
        Mailbox mailbox = new Mailbox();
        try (var group = new TaskGroup()) {
            group.fork("reader-1", () -> {
                System.out.println("reader-1 got " + mailbox.take());
            });
            group.fork("reader-2", () -> {
                System.out.println("reader-2 got " + mailbox.take());
            });
            group.fork("postman", () -> {
                mailbox.put("letter-1");
                Thread.yield(); // walk to the next house
                mailbox.put("letter-2");
            });
        }
    }
}
