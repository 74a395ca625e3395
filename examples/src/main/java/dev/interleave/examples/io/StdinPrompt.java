package dev.interleave.examples.io;

import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * Reads a name from standard input while a worker thread counts. Given input (or an input that is
 * closed) it greets and ends; given an input that stays open and empty (a terminal nobody types
 * in, a pipe nobody writes to) it waits on the outside world for good, and the run ends as stuck
 * waiting outside, naming the read, not as a deadlock nor as a step that never returns.
 */
public class StdinPrompt {

    public static void main(String[] args) throws Exception {
        int[] counted = new int[1];
        Thread counter = Thread.ofPlatform().name("counter").start(() -> counted[0] = 3);
        System.out.println("your name?");
        String name = new BufferedReader(new InputStreamReader(System.in)).readLine();
        counter.join();
        System.out.println("hello, " + (name == null ? "nobody" : name) + " (counted " + counted[0] + ")");
    }
}
