package dev.interleave.examples.memory;

/**
 * A publication race: the writer fills in a message and raises a plain {@code ready} flag; the
 * reader, seeing the flag, reads the message. Nothing orders the flag after the message, and here
 * the writer raises the flag first (as a reordering may make it look), so the reader can see the
 * flag with no message. {@link PublicationFixed} writes the message first and makes the flag
 * {@code volatile}.
 */
public final class PublicationBug {

    static String message;
    static boolean ready;

    private PublicationBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        String[] seen = new String[1];
        Thread writer = new Thread(() -> {
            ready = true;
            message = "hello";
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
