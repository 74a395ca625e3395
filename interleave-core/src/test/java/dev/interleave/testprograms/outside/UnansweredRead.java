package dev.interleave.testprograms.outside;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Connects to its own server socket, which accepts nothing and writes nothing, and reads: no task
 * can ever answer, so the read waits on the outside world for good (no deadlock among tasks).
 */
public class UnansweredRead {

    public static void main(String[] args) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            System.out.println("read " + c.getInputStream().read());
        }
    }
}
