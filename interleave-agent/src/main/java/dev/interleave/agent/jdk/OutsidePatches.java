package dev.interleave.agent.jdk;

import static dev.interleave.agent.jdk.BridgeCalls.atEntry;
import static dev.interleave.agent.jdk.BridgeCalls.filterReturn;
import static dev.interleave.agent.jdk.BridgeCalls.returnIfTrue;

import dev.interleave.agent.jdk.BridgeCalls.Loads;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * Where the JDK waits on the outside world for a virtual thread, patched so that a controlled task's
 * wait belongs to its execution (see the bridge's {@code Outside}). On a virtual thread every
 * blocking socket, pipe, datagram and selector operation parks in {@code sun.nio.ch.Poller}, which
 * registers the descriptor with the JDK's poller threads and is woken by them at a moment of their
 * choosing; the runtime instead parks the task itself and polls the descriptor at points the schedule
 * decides. A process's exit is completed by the JDK's reaper thread, whenever the process ends: a
 * controlled task gets a stand-in for that completion instead, which its execution completes at a
 * point of the schedule. A {@code FileInputStream} read ({@code System.in}, a pipe) blocks the carrier in
 * native code with no poller at all: before it, a controlled task waits for its descriptor's input as
 * for a socket's.
 */
final class OutsidePatches implements Opcodes {

    private static final String OUTSIDE = "dev/interleave/bridge/Outside";
    private static final String FUTURE = "Ljava/util/concurrent/CompletableFuture;";
    private static final String AWAIT_READ = "(Ljava/io/FileDescriptor;I)V";

    static final Map<String, Map<JdkPatches.Target, Patch>> METHODS = Map.of(
            "sun/nio/ch/Poller", Map.of(
                    // Socket, pipe and datagram channels and NioSocketImpl park here, by descriptor.
                    new JdkPatches.Target("poll", "(IIJLjava/util/function/BooleanSupplier;)V"),
                    returnIfTrue(OUTSIDE, Loads.locals(ILOAD, 0, ILOAD, 1, LLOAD, 2, ALOAD, 4), "poll",
                            "(IIJLjava/util/function/BooleanSupplier;)Z"),
                    // A selector parks here on its own descriptor.
                    new JdkPatches.Target("pollSelector", "(IJ)V"),
                    returnIfTrue(OUTSIDE, Loads.locals(ILOAD, 0, LLOAD, 1), "pollSelector", "(IJ)Z"),
                    // Closing a channel or a socket wakes whoever waits for its descriptor.
                    new JdkPatches.Target("stopPoll", "(II)V"),
                    atEntry(OUTSIDE, Loads.locals(ILOAD, 0, ILOAD, 1), "stopPoll", "(II)V")),
            "java/io/FileInputStream", Map.of(
                    // A read blocks the carrier in native code, with no poller: System.in, a pipe, a FIFO.
                    new JdkPatches.Target("read", "()I"),
                    atEntry(OUTSIDE, read(mv -> mv.visitInsn(ICONST_1)), "awaitRead", AWAIT_READ),
                    new JdkPatches.Target("read", "([B)I"),
                    atEntry(OUTSIDE, read(mv -> {
                        mv.visitVarInsn(ALOAD, 1);
                        mv.visitInsn(ARRAYLENGTH);
                    }), "awaitRead", AWAIT_READ),
                    new JdkPatches.Target("read", "([BII)I"),
                    atEntry(OUTSIDE, read(mv -> mv.visitVarInsn(ILOAD, 3)), "awaitRead", AWAIT_READ)),
            "java/lang/ProcessHandleImpl", Map.of(
                    // Every wait for a process's exit (waitFor, onExit, ProcessHandle.onExit) is on what this answers.
                    new JdkPatches.Target("completion", "(JZ)" + FUTURE),
                    filterReturn(OUTSIDE, Loads.none(), "exitCompletion", "(" + FUTURE + ")" + FUTURE)));

    /** The stream's descriptor, then the number of bytes the read asks for, as {@code length} loads it. */
    private static Loads read(Loads length) {
        return mv -> {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, "java/io/FileInputStream", "fd", "Ljava/io/FileDescriptor;");
            length.emit(mv);
        };
    }

    private OutsidePatches() {
    }
}
