package dev.interleave.examples.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Bug: a lost update on a socket server's visit counter. The server handles each connection on a
 * thread of its own; the handler reads the counter, looks the visitor up (a blocking call), then
 * writes the counter back. Two visitors at once can both read 0, and both are told they are
 * visitor 1. {@link VisitCounterFixed} counts under a lock.
 */
public class VisitCounterBug {

    private static int visits;

    public static void main(String[] args) throws Exception {
        run(VisitCounterBug::count);
    }

    private static int count() throws InterruptedException {
        int seen = visits;
        Thread.sleep(5); // looks the visitor up
        visits = seen + 1;
        return visits;
    }

    /** Counts one visit and answers which visitor this is. */
    interface Counter {
        int count() throws InterruptedException;
    }

    static void run(Counter counter) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofPlatform().name("acceptor").start(() -> accept(server, counter, 2));
            ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
            List<Thread> visitors = List.of(
                    Thread.ofPlatform().name("visitor-a").start(() -> answers.add(visit(server.getLocalPort()))),
                    Thread.ofPlatform().name("visitor-b").start(() -> answers.add(visit(server.getLocalPort()))));
            for (Thread visitor : visitors) {
                visitor.join();
            }
            acceptor.join();
            Set<String> told = new TreeSet<>(answers);
            if (!told.equals(Set.of("1", "2"))) {
                throw new AssertionError("two visits, but the visitors were told " + told);
            }
            System.out.println("visitors " + told);
        }
    }

    private static void accept(ServerSocket server, Counter counter, int connections) {
        try {
            for (int i = 0; i < connections; i++) {
                Socket connection = server.accept();
                Thread.ofPlatform().name("handler-" + i).start(() -> handle(connection, counter));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void handle(Socket connection, Counter counter) {
        try (connection;
             BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream()));
             PrintWriter out = new PrintWriter(connection.getOutputStream(), true)) {
            if ("visit".equals(in.readLine())) {
                out.println(counter.count());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String visit(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream()));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true)) {
            out.println("visit");
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
