package dev.interleave.examples.gallery;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A timeout race on the virtual clock: the client gives each request 100 ms, the server takes
 * exactly 100 ms to answer, and all replies come back on one shared queue. When the client's
 * timeout fires just before the reply to request 1 is queued, the client gives up on request 1 and
 * sends request 2, then receives the late reply to request 1 as if it answered request 2. {@link
 * LateReplyFixed} gives every request its own reply queue, so a late reply can only land where
 * nobody is listening any more.
 */
public final class LateReplyBug {

    private static final int REQUESTS = 2;
    private static final Duration TIMEOUT = Duration.ofMillis(100);

    private LateReplyBug() {
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> requests = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> replies = new LinkedBlockingQueue<>();
        Thread server = new Thread(() -> {
            try {
                for (int i = 0; i < REQUESTS; i++) {
                    int request = requests.take();
                    Thread.sleep(Duration.ofMillis(100)); // compute the answer
                    replies.put(request);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "server");
        server.start();
        for (int request = 1; request <= REQUESTS; request++) {
            requests.put(request);
            Integer reply = replies.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                System.out.println("request " + request + " timed out");
            } else if (reply != request) {
                throw new AssertionError("request " + request + " got the reply to request " + reply);
            } else {
                System.out.println("request " + request + " answered");
            }
        }
        server.join();
    }
}
