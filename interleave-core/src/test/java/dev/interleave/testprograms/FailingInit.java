package dev.interleave.testprograms;

/**
 * A class whose initializer throws: its first use throws ExceptionInInitializerError, later uses
 * NoClassDefFoundError, within one execution; the next execution tries again.
 */
public class FailingInit {

    static class Broken {
        static int uses;

        static {
            uses++;
            if (uses > 0) {
                throw new IllegalStateException("broken on purpose");
            }
        }

        static void touch() {
        }
    }

    public static void main(String[] args) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                Broken.touch();
                System.out.println("touched");
            } catch (ExceptionInInitializerError e) {
                System.out.println("attempt " + attempt + ": " + e.getClass().getSimpleName() + " caused by " + e.getCause());
            } catch (NoClassDefFoundError e) {
                System.out.println("attempt " + attempt + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
