package dev.interleave.examples.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Correct: a writer thread writes a file under a temporary name and renames it into place; a reader
 * polls (sleeping between looks) until the file is there and reads it. The rename makes the file
 * appear whole, never half-written.
 */
public class FileHandoff {

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("handoff");
        Path target = dir.resolve("message.txt");
        Thread writer = Thread.ofPlatform().name("writer").start(() -> {
            try {
                Path part = dir.resolve("message.txt.part");
                Files.writeString(part, "the whole message");
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        while (!Files.exists(target)) {
            Thread.sleep(10);
        }
        String text = Files.readString(target);
        if (!text.equals("the whole message")) {
            throw new AssertionError("read " + text);
        }
        writer.join();
        Files.delete(target);
        Files.delete(dir);
        System.out.println("read " + text);
    }
}
