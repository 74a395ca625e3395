package dev.interleave.testprograms.init;

/** A superclass with a static initializer, whose subclass {@link Sub} has none. */
class Base {
    static Object lock = new Object();
    static String inherited = "inherited";

    static {
        InitLog.add("init Base");
    }
}
