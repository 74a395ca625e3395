package dev.interleave.examples.io;

import java.nio.charset.StandardCharsets;

/** Correct: starts {@code echo hello}, waits for its exit and reads its output. */
public class ProcessWaitFor {

    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("echo", "hello").start();
        int status = p.waitFor();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (status != 0 || !out.equals("hello")) {
            throw new AssertionError("exit " + status + ", output " + out);
        }
        System.out.println("echo said " + out);
    }
}
