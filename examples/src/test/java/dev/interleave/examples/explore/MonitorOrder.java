package dev.interleave.examples.explore;

/**
 * Two threads append their number to a shared record under one monitor, so the record shows the
 * order in which they took it: "12" or "21". A reduction that never reverses the order in which
 * two tasks take a monitor prints only one of them.
 */
public final class MonitorOrder {

    private static final Object LOCK = new Object();
    private static int order;

    private MonitorOrder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread first = new Thread(() -> append(1));
        Thread second = new Thread(() -> append(2));
        first.start();
        second.start();
        first.join();
        second.join();
        System.out.println("order " + order);
    }

    private static void append(int id) {
        synchronized (LOCK) {
            order = order * 10 + id;
        }
    }
}
