package dev.interleave.examples.memory;

/** {@link PublicationBug} fixed: the message is written first and published by a volatile flag. */
public final class PublicationFixed {

    static String message;
    static volatile boolean ready;

    private PublicationFixed() {
    }

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[1];
        Thread writer = new Thread(() -> {
            message = "hello";
            ready = true;
        });
        Thread reader = new Thread(() -> {
            if (ready) {
                seen[0] = message;
                if (seen[0] == null) {
                    throw new AssertionError("saw ready with no message");
                }
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();
    }
}
