package dev.interleave.examples.memory;

/** {@link LazyInitBug} fixed with the holder idiom: class initialization runs once, under the JVM's lock. */
public final class LazyInitFixed {

    static final class Config {
        private static final class Holder {
            static final Config INSTANCE = new Config();
        }

        static Config get() {
            return Holder.INSTANCE;
        }
    }

    private LazyInitFixed() {
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
            throw new AssertionError("two configurations built");
        }
    }
}
