package dev.interleave.testprograms.init;

class Base2 {
    static String inherited = "from Base2";

    static {
        InitLog.add("init Base2");
    }
}
