package dev.interleave.testprograms.init;

import java.util.function.Supplier;

/**
 * Classes each reached once by one way the JVM initializes a class for the program (see
 * {@link InitTriggers}): each logs its initialization and sets its field.
 */
final class Initialized {

    private Initialized() {
    }

    static class ViaVarHandle {
        static Supplier<String> FACTORY;

        static {
            InitLog.add("init ViaVarHandle");
            FACTORY = () -> "made";
        }
    }

    static class ViaGetter {
        static String value;

        static {
            InitLog.add("init ViaGetter");
            value = "getter value";
        }
    }

    static class ViaSetter {
        static String value;

        static {
            InitLog.add("init ViaSetter");
            value = "initial";
        }
    }

    static class ViaForName {
        static {
            InitLog.add("init ViaForName");
        }
    }

    static class ViaForNameLoader {
        static {
            InitLog.add("init ViaForNameLoader");
        }
    }

    static class ViaFieldGet {
        static int number;

        static {
            InitLog.add("init ViaFieldGet");
            number = 42;
        }
    }

    static class ViaFieldSet {
        static int number;

        static {
            InitLog.add("init ViaFieldSet");
            number = 1;
        }
    }

    static class ViaEnsure {
        static {
            InitLog.add("init ViaEnsure");
        }
    }

    static class ViaUnreflect {
        static String value;

        static {
            InitLog.add("init ViaUnreflect");
            value = "unreflected";
        }
    }

    static class ViaUnreflectVarHandle {
        static long count;

        static {
            InitLog.add("init ViaUnreflectVarHandle");
            count = 7;
        }
    }

    static class ViaNew {
        static {
            InitLog.add("init ViaNew");
        }

        ViaNew(String argument) {
        }
    }

    static class ViaStaticCall {
        static {
            InitLog.add("init ViaStaticCall");
        }

        static String call() {
            return "called";
        }
    }

    static class NotByConstant {
        static final int K = 5;

        static {
            InitLog.add("init NotByConstant (wrong: constants do not initialize)");
        }
    }

    static class NotByArrayOrLiteral {
        static {
            InitLog.add("init NotByArrayOrLiteral (wrong: arrays and class literals do not initialize)");
        }
    }
}
