package dev.interleave.examples.io;

/** Correct: {@link SocketEcho} with its server on a virtual thread. */
public class VirtualSocketEcho {

    public static void main(String[] args) throws Exception {
        SocketEcho.main(new String[] {"virtual"});
    }
}
