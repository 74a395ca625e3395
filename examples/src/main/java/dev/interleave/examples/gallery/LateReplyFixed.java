package dev.interleave.examples.gallery;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The fix for {@link LateReplyBug}: every request carries its own reply queue, and the server
 * answers on it. A reply that comes after its request timed out goes into that request's queue,
 * which nobody reads any more, so request 2 only ever sees the answer to request 2, or a timeout.
 */
public final class LateReplyFixed {

    private static final int REQUESTS = 2;
    private static final Duration TIMEOUT = Duration.ofMillis(100);

    private LateReplyFixed() {
    }

    record Request(int id, BlockingQueue<Integer> reply) {
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
        Thread server = new Thread(() -> {
            try {
                for (int i = 0; i < REQUESTS; i++) {
                    Request request = requests.take();
                    Thread.sleep(Duration.ofMillis(100)); // compute the answer
                    request.reply().put(request.id());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "server");
        server.start();
        for (int id = 1; id <= REQUESTS; id++) {
            Request request = new Request(id, new ArrayBlockingQueue<>(1));
            requests.put(request);
            Integer reply = request.reply().poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                System.out.println("request " + id + " timed out");
            } else if (reply != id) {
                throw new AssertionError("request " + id + " got the reply to request " + reply);
            } else {
                System.out.println("request " + id + " answered");
            }
        }
        server.join();
    }
}
