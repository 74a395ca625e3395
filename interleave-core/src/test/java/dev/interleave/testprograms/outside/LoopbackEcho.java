package dev.interleave.testprograms.outside;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A correct loopback echo: a server thread accepts one connection and echoes a line; main connects,
 * writes, reads the answer. Its threads are platform threads, or virtual ones with argument
 * {@code virtual}. Every task blocks on a socket at some point, none waits for another.
 */
public class LoopbackEcho {

    public static void main(String[] args) throws Exception {
        boolean virtual = args.length > 0 && args[0].equals("virtual");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Runnable serve = () -> {
                try (Socket s = server.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
                     PrintWriter out = new PrintWriter(s.getOutputStream(), true)) {
                    out.println("echo " + in.readLine());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Thread t = virtual ? Thread.ofVirtual().name("server").start(serve)
                    : Thread.ofPlatform().name("server").start(serve);
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream()));
                 PrintWriter out = new PrintWriter(c.getOutputStream(), true)) {
                out.println("hello");
                String answer = in.readLine();
                if (!"echo hello".equals(answer)) {
                    throw new AssertionError("answer: " + answer);
                }
                System.out.println(answer);
            }
            t.join();
        }
    }
}
