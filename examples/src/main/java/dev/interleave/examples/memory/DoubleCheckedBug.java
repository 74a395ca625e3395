package dev.interleave.examples.memory;

/**
 * Broken double-checked locking: the first check reads {@code instance} without the lock, and
 * the constructor's write of {@code port} is published by a plain write of {@code instance}. Here
 * the object is built in two steps (as a reordering compiler or CPU may make it visible), so a
 * thread can see the object before its port is set. {@link DoubleCheckedFixed} makes the field
 * {@code volatile} and publishes the object only once built.
 */
public final class DoubleCheckedBug {

    static final class Service {
        int port;
    }

    static Service instance;
    static final Object LOCK = new Object();

    static Service get() {
        Service s = instance;
        if (s == null) {
            synchronized (LOCK) {
                if (instance == null) {
                    Service created = new Service();
                    instance = created; // published before it is initialized
                    created.port = 8080;
                }
                s = instance;
            }
        }
        return s;
    }

    private DoubleCheckedBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] ports = new int[2];
        Thread first = new Thread(() -> ports[0] = get().port);
        Thread second = new Thread(() -> ports[1] = get().port);
        first.start();
        second.start();
        first.join();
        second.join();
        if (ports[0] != 8080 || ports[1] != 8080) {
            throw new AssertionError("saw a half-built service: ports " + ports[0] + ", " + ports[1]);
        }
    }
}
