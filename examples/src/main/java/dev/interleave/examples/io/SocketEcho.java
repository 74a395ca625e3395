package dev.interleave.examples.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Correct: a loopback echo over blocking sockets. A server thread accepts one connection and echoes
 * each line; main connects, sends two lines and reads the echoes. Platform threads, or virtual ones
 * with the argument {@code virtual} (see {@link VirtualSocketEcho}).
 */
public class SocketEcho {

    public static void main(String[] args) throws Exception {
        boolean virtual = args.length > 0 && args[0].equals("virtual");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Runnable serve = () -> {
                try (Socket s = server.accept();
                     BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream()));
                     PrintWriter out = new PrintWriter(s.getOutputStream(), true)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        out.println("echo " + line);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Thread server1 = (virtual ? Thread.ofVirtual() : Thread.ofPlatform()).name("server").start(serve);
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                 BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream()));
                 PrintWriter out = new PrintWriter(c.getOutputStream(), true)) {
                for (String word : new String[] {"hello", "world"}) {
                    out.println(word);
                    String answer = in.readLine();
                    if (!("echo " + word).equals(answer)) {
                        throw new AssertionError("sent " + word + ", got " + answer);
                    }
                    System.out.println(answer);
                }
            }
            server1.join();
        }
    }
}
