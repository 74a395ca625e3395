package dev.interleave.testprograms.init;

/** Reading {@code Sub2.inherited} initializes {@link Base2}, which declares it, and not this class. */
class Sub2 extends Base2 {
    static {
        InitLog.add("init Sub2");
    }
}
