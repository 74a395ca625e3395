package dev.interleave.agent;

import java.lang.instrument.Instrumentation;
import java.util.Map;
import java.util.Set;

/**
 * Grants the module access that patched JDK code and the runtime need: {@code java.base} (and
 * {@code java.net.http}) must read the bridge's module, and the runtime reads private state of virtual threads and locks, polls the
 * descriptors of sockets its tasks wait on, and reads the state of
 * {@code java.sql.DriverManager} (which keeps the drivers that executions register).
 */
final class JavaBaseAccess {

    private static final Set<String> OPENED = Set.of(
            "java.lang",
            "java.util",
            "java.util.concurrent",
            "java.util.concurrent.locks",
            "jdk.internal.vm",
            "jdk.internal.misc",
            "sun.nio.ch");

    private final Instrumentation inst;
    private final Module bridgeModule;
    private final Module javaBase = Object.class.getModule();

    JavaBaseAccess(Instrumentation inst, Module bridgeModule) {
        this.inst = inst;
        this.bridgeModule = bridgeModule;
    }

    void grantToBridge() {
        inst.redefineModule(javaBase, Set.of(bridgeModule), Map.of(), Map.of(), Set.of(), Map.of());
        // The patched HTTP client (a platform module's class) calls the bridge too.
        ModuleLayer.boot().findModule("java.net.http").ifPresent(http ->
                inst.redefineModule(http, Set.of(bridgeModule), Map.of(), Map.of(), Set.of(), Map.of()));
        openTo(bridgeModule);
    }

    /** Opens (and so exports) the internal packages the runtime reads to {@code module}. */
    void openTo(Module module) {
        Map<String, Set<Module>> packages = new java.util.HashMap<>();
        for (String pkg : OPENED) {
            packages.put(pkg, Set.of(module));
        }
        inst.redefineModule(javaBase, Set.of(), packages, packages, Set.of(), Map.of());
        ModuleLayer.boot().findModule("java.sql").ifPresent(sql -> inst.redefineModule(sql, Set.of(),
                Map.of(), Map.of("java.sql", Set.of(module)), Set.of(), Map.of()));
    }
}
