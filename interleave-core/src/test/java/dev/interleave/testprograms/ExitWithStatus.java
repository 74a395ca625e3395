package dev.interleave.testprograms;

/**
 * Calls {@code System.exit(args[0])}, from main or, with a second argument {@code worker}, from a
 * platform thread named "exiter" that main joins. Whatever follows the exit must never run.
 */
public class ExitWithStatus {

    public static void main(String[] args) throws InterruptedException {
        int status = Integer.parseInt(args[0]);
        System.out.println("before exit");
        if (args.length > 1 && args[1].equals("worker")) {
            Thread exiter = Thread.ofPlatform().name("exiter").start(() -> {
                System.exit(status);
                System.out.println("exiter after exit");
            });
            exiter.join();
        } else {
            System.exit(status);
        }
        System.out.println("main after exit");
    }
}
