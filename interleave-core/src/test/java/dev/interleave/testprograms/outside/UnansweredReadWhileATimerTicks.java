package dev.interleave.testprograms.outside;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * {@link UnansweredRead} while a daemon thread of the program ticks every 100 ms (as an HTTP
 * server's idle-connection timer does): the ticks are the program's own deadlines, not answers
 * from the outside, so the read is still stuck for good.
 */
public class UnansweredReadWhileATimerTicks {

    public static void main(String[] args) throws Exception {
        Thread ticker = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ticker");
        ticker.setDaemon(true);
        ticker.start();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            System.out.println("read " + c.getInputStream().read());
        }
    }
}
