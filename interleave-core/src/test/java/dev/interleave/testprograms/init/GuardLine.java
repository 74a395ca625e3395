package dev.interleave.testprograms.init;

/**
 * A static method whose class's initializer fails at the method's first call: the stack of the
 * error must show the method at its first line, as the JVM does, not without a line.
 */
public class GuardLine {

    static class Broken {
        static {
            if (Boolean.parseBoolean("true")) {
                throw new IllegalStateException("broken on purpose");
            }
        }

        static int value() {
            return 1;
        }
    }

    public static void main(String[] args) {
        System.out.println(Broken.value());
    }
}
