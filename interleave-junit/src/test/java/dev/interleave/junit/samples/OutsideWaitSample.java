package dev.interleave.junit.samples;

import dev.interleave.junit.InterleaveTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A test that waits for a connection nobody makes: it fails as stuck waiting outside, after its own bound. */
public class OutsideWaitSample {

    @InterleaveTest(outsideWait = "1s", schedules = 1)
    void acceptsAConnectionNobodyMakes() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.accept().close();
        }
    }
}
