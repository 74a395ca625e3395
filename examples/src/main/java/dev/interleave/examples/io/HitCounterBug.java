package dev.interleave.examples.io;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Bug: a lost update on an HTTP handler's hit counter. The JDK's {@code HttpServer} handles each
 * request on a thread of its executor; the handler reads the counter, looks the caller up (a
 * blocking call), then writes the counter back. Two requests sent at once by the JDK's
 * {@code HttpClient} can both read 0, and both callers are told they are hit 1.
 * {@link HitCounterFixed} counts under a lock.
 */
public class HitCounterBug {

    private static int hits;

    public static void main(String[] args) throws Exception {
        run(HitCounterBug::count);
    }

    private static int count() throws InterruptedException {
        int seen = hits;
        Thread.sleep(5); // looks the caller up
        hits = seen + 1;
        return hits;
    }

    /** Counts one hit and answers which hit this is. */
    interface Counter {
        int count() throws InterruptedException;
    }

    static void run(Counter counter) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService handlers = Executors.newFixedThreadPool(2);
        server.setExecutor(handlers);
        server.createContext("/hit", exchange -> answer(exchange, counter));
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hit");
            List<CompletableFuture<String>> answers = List.of(
                    client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                            .thenApply(HttpResponse::body),
                    client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                            .thenApply(HttpResponse::body));
            Set<String> told = new TreeSet<>();
            for (CompletableFuture<String> answer : answers) {
                told.add(answer.join());
            }
            if (!told.equals(Set.of("1", "2"))) {
                throw new AssertionError("two hits, but the callers were told " + told);
            }
            System.out.println("hits " + told);
        } finally {
            server.stop(0);
            handlers.shutdown();
        }
    }

    private static void answer(HttpExchange exchange, Counter counter) throws IOException {
        try (exchange) {
            byte[] body = String.valueOf(counter.count()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
