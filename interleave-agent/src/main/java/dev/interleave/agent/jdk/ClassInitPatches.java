package dev.interleave.agent.jdk;

import static dev.interleave.agent.jdk.BridgeCalls.atEntry;
import static dev.interleave.agent.jdk.BridgeCalls.filterReturn;

import dev.interleave.agent.jdk.BridgeCalls.Loads;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * The JDK methods through which the JVM initializes a class for the program without the program's
 * own code running first (JLS 12.4.1): loading by name with initialization, reflection on a static
 * field, method and var handles to static fields, and the explicit request. The program's class
 * initializers run once per execution under the runtime's control, so each of these tells the
 * bridge's {@code ClassInitialization}. Static methods and constructors guard themselves.
 */
final class ClassInitPatches implements Opcodes {

    private static final String INIT = "dev/interleave/bridge/ClassInitialization";
    private static final String FIELD = "Ljava/lang/reflect/Field;";
    private static final String HANDLE = "Ljava/lang/invoke/MethodHandle;";
    private static final String VAR_HANDLE = "Ljava/lang/invoke/VarHandle;";
    private static final String CLASS = "Ljava/lang/Class;";
    private static final String STRING = "Ljava/lang/String;";

    static final Map<String, Map<JdkPatches.Target, Patch>> METHODS = Map.of(
            "java/lang/Class", Map.of(
                    // Class.forName(name) passes through here with the caller's loader.
                    new JdkPatches.Target("forName", "(" + STRING + CLASS + ")" + CLASS),
                    filterReturn(INIT, Loads.none(), "initialized", "(" + CLASS + ")" + CLASS),
                    new JdkPatches.Target("forName", "(" + STRING + "ZLjava/lang/ClassLoader;)" + CLASS),
                    filterReturn(INIT, Loads.locals(ILOAD, 1), "loaded", "(" + CLASS + "Z)" + CLASS)),
            "java/lang/reflect/Field", fieldAccessors(),
            "java/lang/invoke/MethodHandles$Lookup", Map.of(
                    new JdkPatches.Target("findStaticGetter", "(" + CLASS + STRING + CLASS + ")" + HANDLE),
                    staticField("staticFieldHandle", HANDLE),
                    new JdkPatches.Target("findStaticSetter", "(" + CLASS + STRING + CLASS + ")" + HANDLE),
                    staticField("staticFieldHandle", HANDLE),
                    new JdkPatches.Target("findStaticVarHandle", "(" + CLASS + STRING + CLASS + ")" + VAR_HANDLE),
                    staticField("staticVarHandle", VAR_HANDLE),
                    // unreflectGetter and unreflectSetter both end here.
                    new JdkPatches.Target("unreflectField", "(" + FIELD + "Z)" + HANDLE),
                    reflected("reflectedFieldHandle", HANDLE),
                    new JdkPatches.Target("unreflectVarHandle", "(" + FIELD + ")" + VAR_HANDLE),
                    reflected("reflectedVarHandle", VAR_HANDLE)),
            // Lookup.ensureInitialized, reflection's static field accessors and method handles'
            // initialization barriers all come here.
            "jdk/internal/misc/Unsafe", Map.of(
                    new JdkPatches.Target("ensureClassInitialized", "(" + CLASS + ")V"),
                    atEntry(INIT, Loads.locals(ALOAD, 1), "ensureInitialized", "(" + CLASS + ")V")));

    private ClassInitPatches() {
    }

    private static Patch staticField(String name, String handle) {
        return filterReturn(INIT, Loads.locals(ALOAD, 1, ALOAD, 2), name, "(" + handle + CLASS + STRING + ")" + handle);
    }

    private static Patch reflected(String name, String handle) {
        return filterReturn(INIT, Loads.locals(ALOAD, 1), name, "(" + handle + FIELD + ")" + handle);
    }

    /** Every {@code get*} and {@code set*} of {@code Field}: each checks, for a static field, its class. */
    private static Map<JdkPatches.Target, Patch> fieldAccessors() {
        Map<JdkPatches.Target, Patch> patches = new HashMap<>();
        Patch patch = atEntry(INIT, Loads.locals(ALOAD, 0), "reflectedField", "(" + FIELD + ")V");
        String[][] kinds = {{"", "Ljava/lang/Object;"}, {"Boolean", "Z"}, {"Byte", "B"}, {"Char", "C"},
                {"Short", "S"}, {"Int", "I"}, {"Long", "J"}, {"Float", "F"}, {"Double", "D"}};
        for (String[] kind : kinds) {
            patches.put(new JdkPatches.Target("get" + kind[0], "(Ljava/lang/Object;)" + kind[1]), patch);
            patches.put(new JdkPatches.Target("set" + kind[0], "(Ljava/lang/Object;" + kind[1] + ")V"), patch);
        }
        return Map.copyOf(patches);
    }
}
