package dev.interleave.testprograms;

/**
 * The classic deadlock on two {@code synchronized} monitors taken in opposite orders. A program
 * class, so it is instrumented: Interleave then knows which task holds which monitor.
 */
public class MonitorDeadlock {

    private static final Object LEFT = new Object();
    private static final Object RIGHT = new Object();

    public static void main(String[] args) throws InterruptedException {
        Thread a = Thread.ofPlatform().name("A").start(() -> {
            synchronized (LEFT) {
                Thread.yield(); // let B take RIGHT
                synchronized (RIGHT) {
                    System.out.println("A got both");
                }
            }
        });
        Thread b = Thread.ofPlatform().name("B").start(() -> {
            synchronized (RIGHT) {
                Thread.yield();
                synchronized (LEFT) {
                    System.out.println("B got both");
                }
            }
        });
        a.join();
        b.join();
    }
}
