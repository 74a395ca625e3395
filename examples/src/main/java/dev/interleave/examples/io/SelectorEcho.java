package dev.interleave.examples.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Correct: an NIO server with a {@link Selector} loop that accepts clients and echoes what they send,
 * upper-cased; two client threads each send a word over a blocking {@link SocketChannel} and check
 * the answer. The server stops after both clients have closed.
 */
public class SelectorEcho {

    public static void main(String[] args) throws Exception {
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
            Thread loop = Thread.ofPlatform().name("selector").start(() -> serve(selector, server, 2));
            Thread a = Thread.ofPlatform().name("client-a").start(() -> ask(port, "alpha"));
            Thread b = Thread.ofPlatform().name("client-b").start(() -> ask(port, "beta"));
            a.join();
            b.join();
            loop.join();
        }
    }

    private static void serve(Selector selector, ServerSocketChannel server, int clients) {
        try {
            int closed = 0;
            while (closed < clients) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isAcceptable()) {
                        SocketChannel client = server.accept();
                        client.configureBlocking(false);
                        client.register(selector, SelectionKey.OP_READ);
                    } else if (key.isReadable()) {
                        SocketChannel client = (SocketChannel) key.channel();
                        ByteBuffer buffer = ByteBuffer.allocate(64);
                        if (client.read(buffer) < 0) {
                            key.cancel();
                            client.close();
                            closed++;
                        } else {
                            buffer.flip();
                            String text = StandardCharsets.UTF_8.decode(buffer).toString().toUpperCase();
                            client.write(StandardCharsets.UTF_8.encode(text));
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ask(int port, String word) {
        try (SocketChannel channel = SocketChannel.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            channel.write(StandardCharsets.UTF_8.encode(word));
            ByteBuffer answer = ByteBuffer.allocate(64);
            while (answer.position() < word.length()) {
                if (channel.read(answer) < 0) {
                    throw new AssertionError("the server closed before answering " + word);
                }
            }
            answer.flip();
            String text = StandardCharsets.UTF_8.decode(answer).toString();
            if (!text.equals(word.toUpperCase())) {
                throw new AssertionError("sent " + word + ", got " + text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
