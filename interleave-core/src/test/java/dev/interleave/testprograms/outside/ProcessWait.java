package dev.interleave.testprograms.outside;

import java.nio.charset.StandardCharsets;

/** Starts {@code echo hello} and waits for it: the exit comes from the JDK's process reaper thread. */
public class ProcessWait {

    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("echo", "hello").start();
        int status = p.waitFor();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (status != 0 || !out.equals("hello")) {
            throw new AssertionError("exit " + status + ", output " + out);
        }
        System.out.println(out);
    }
}
