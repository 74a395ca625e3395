package dev.interleave.examples.memory;

/** {@link DoubleCheckedBug} fixed: a volatile field, written once the object is fully built. */
public final class DoubleCheckedFixed {

    static final class Service {
        int port;
    }

    static volatile Service instance;
    static final Object LOCK = new Object();

    static Service get() {
        Service s = instance;
        if (s == null) {
            synchronized (LOCK) {
                s = instance;
                if (s == null) {
                    Service created = new Service();
                    created.port = 8080;
                    instance = s = created;
                }
            }
        }
        return s;
    }

    private DoubleCheckedFixed() {
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
