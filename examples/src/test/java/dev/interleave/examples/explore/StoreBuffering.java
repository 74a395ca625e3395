package dev.interleave.examples.explore;

/**
 * The store-buffering litmus test under sequential consistency: each thread writes its own flag,
 * then reads the other's. Three outcomes are possible (never both zero), and each run prints
 * which it saw, so that a search that loses an interleaving of the four accesses loses an output.
 * With the argument {@code bystanders}, two more threads each update a field of an object of
 * their own, which commutes with everything: a reduction need not interleave them.
 */
public final class StoreBuffering {

    static int x;
    static int y;
    static int r1;
    static int r2;

    private StoreBuffering() {
    }

    static final class Own {
        int value;
    }

    public static void main(String[] args) throws InterruptedException {
        Own a = new Own();
        Own b = new Own();
        Thread first = new Thread(() -> {
            x = 1;
            r1 = y;
        });
        Thread second = new Thread(() -> {
            y = 1;
            r2 = x;
        });
        Thread third = new Thread(() -> {
            a.value++;
            a.value++;
        });
        Thread fourth = new Thread(() -> {
            b.value++;
            b.value++;
        });
        boolean bystanders = args.length > 0 && args[0].equals("bystanders");
        first.start();
        second.start();
        if (bystanders) {
            third.start();
            fourth.start();
            third.join();
            fourth.join();
        }
        first.join();
        second.join();
        System.out.println("r1=" + r1 + " r2=" + r2);
    }
}
