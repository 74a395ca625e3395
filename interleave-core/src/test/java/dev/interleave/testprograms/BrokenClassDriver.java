package dev.interleave.testprograms;

import dev.interleave.Interleave;
import dev.interleave.RunOptions;

/**
 * Defines a class whose bytes the agent cannot instrument (truncated after the magic number and
 * version), then tries a controlled run: the run must be refused, not pass as if all were
 * controlled. Prints one line, then exits. Run in a JVM of its own: the refusal is JVM-wide.
 */
public final class BrokenClassDriver {

    private BrokenClassDriver() {
    }

    public static void main(String[] args) {
        byte[] truncated = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 69, 0, 10};
        try {
            new ClassLoader(BrokenClassDriver.class.getClassLoader()) {
                Class<?> define() {
                    return defineClass("dev.interleave.testprograms.Broken", truncated, 0, truncated.length);
                }
            }.define();
        } catch (LinkageError expected) {
            // the JVM rejects the bytes too; what matters is that the agent saw them first
        }
        try {
            Interleave.run(RunOptions.defaults().withEchoOutput(false), () -> { });
            System.out.println("ran");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
        }
        System.exit(0);
    }
}
