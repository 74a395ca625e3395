package dev.interleave.examples.io;

/**
 * Correct: starts two {@code true} processes and waits for both through {@code onExit().thenApply},
 * the exits delivered by the JDK's process reaper.
 */
public class ProcessOnExit {

    public static void main(String[] args) throws Exception {
        var first = new ProcessBuilder("true").start().onExit().thenApply(Process::exitValue);
        var second = new ProcessBuilder("true").start().onExit().thenApply(Process::exitValue);
        int sum = first.get() + second.get();
        if (sum != 0) {
            throw new AssertionError("exit values add up to " + sum);
        }
        System.out.println("both exited");
    }
}
