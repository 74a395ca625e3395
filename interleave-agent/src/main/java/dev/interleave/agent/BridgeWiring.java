package dev.interleave.agent;

import dev.interleave.agent.program.InterfaceStatics;
import dev.interleave.agent.program.ProgramInstrumenter;
import dev.interleave.bridge.Bridge;
import java.util.List;

/**
 * Hands the bridge what only the agent has: the program-class instrumenter, the instrumenter of JDK
 * classes as program code, and the power to open java.base to the runtime's module. Kept apart from {@link InterleaveAgent} so that the bridge
 * class is first resolved after it is on the bootstrap class path.
 */
final class BridgeWiring {

    private BridgeWiring() {
    }

    static void wire(JavaBaseAccess access, InstrumentedJdkClasses jdkAsProgram, List<Class<?>> loadedBefore) {
        Bridge.setLoadedBeforeAgent(loadedBefore);
        dev.interleave.bridge.JdkCode.setInstrumenter(jdkAsProgram::instrument);
        Bridge.setProgramInstrumenter(ProgramInstrumenter::instrument);
        Bridge.setResettingInstrumenter(ProgramInstrumenter::resetting);
        Bridge.setStaticsHolderMaker(InterfaceStatics::holder);
        Bridge.setJavaBaseOpener(access::openTo);
    }
}
