package dev.interleave.examples.gallery;

import dev.interleave.TaskGroup;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code if} instead of {@code while} around {@code wait()}: a consumer that wakes up assumes the
 * mailbox holds a letter, but being woken only means it held one at some point. When the first
 * letter is put while both consumers wait, {@code notifyAll} wakes both; one takes the letter and
 * the other, not rechecking, takes from an empty mailbox before the second letter arrives. {@link
 * WaitWithoutLoopFixed} rechecks the condition in a {@code while} loop after every wake-up.
 */
public final class WaitWithoutLoopBug {

    private WaitWithoutLoopBug() {
    }

    static final class Mailbox {
        private final Deque<String> letters = new ArrayDeque<>();

        synchronized void put(String letter) {
            letters.addLast(letter);
            notifyAll();
        }

        synchronized String take() throws InterruptedException {
            if (letters.isEmpty()) {
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
