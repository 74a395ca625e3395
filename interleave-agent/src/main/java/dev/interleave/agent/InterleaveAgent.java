package dev.interleave.agent;

import dev.interleave.agent.jdk.JdkPatcher;
import dev.interleave.agent.program.ApplicationClasses;
import java.lang.instrument.Instrumentation;

/**
 * Entry point of the java agent, whether given with {@code -javaagent}, as the launcher agent of
 * an executable jar, or attached at run time. Installing twice is harmless.
 */
public final class InterleaveAgent {

    private static volatile boolean installed;

    private InterleaveAgent() {
    }

    public static void premain(String args, Instrumentation inst) {
        install(inst);
    }

    public static void agentmain(String args, Instrumentation inst) {
        install(inst);
    }

    private static synchronized void install(Instrumentation inst) {
        if (installed) {
            return;
        }
        try {
            Module bridgeModule = BootstrapBridge.defineInBootLoader(inst);
            JavaBaseAccess access = new JavaBaseAccess(inst, bridgeModule);
            access.grantToBridge();
            JdkPatcher.install(inst);
            // After the patcher: a JDK class instrumented as program code keeps Interleave's patches.
            InstrumentedJdkClasses jdkAsProgram = new InstrumentedJdkClasses(inst);
            inst.addTransformer(jdkAsProgram, true);
            inst.addTransformer(new ApplicationClasses());
            // After the transformer: a class loaded from here on is instrumented, one loaded before is missed.
            BridgeWiring.wire(access, jdkAsProgram, ApplicationClasses.missed(inst.getAllLoadedClasses()));
            installed = true;
        } catch (Throwable e) {
            // An agent that half-installed would let runs pass without control: refuse loudly.
            throw new IllegalStateException("Interleave agent failed to install: " + e, e);
        }
        // Once installed: the classes it loads meet every transformer, all initialized, as a program's threads do.
        RuntimePreloader.start(ClassLoader.getSystemClassLoader());
    }
}
