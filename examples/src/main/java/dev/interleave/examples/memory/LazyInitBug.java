package dev.interleave.examples.memory;

/**
 * Unsynchronized lazy initialization: two threads ask for the configuration; each sees
 * {@code null} and builds its own, so the expensive load runs twice and the threads hold different
 * objects. {@link LazyInitFixed} uses the holder idiom: the JVM initializes a class once.
 */
public final class LazyInitBug {

    static final class Config {
        static int loads;
        static Config instance;

        static Config get() {
            if (instance == null) {
                loads++;
                instance = new Config();
            }
            return instance;
        }
    }

    private LazyInitBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        Config[] seen = new Config[2];
        Thread first = new Thread(() -> seen[0] = Config.get());
        Thread second = new Thread(() -> seen[1] = Config.get());
        first.start();
        second.start();
        first.join();
        second.join();
        if (seen[0] != seen[1]) {
            throw new AssertionError("two configurations built: " + Config.loads + " loads");
        }
    }
}
