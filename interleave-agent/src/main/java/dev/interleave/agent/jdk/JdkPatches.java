package dev.interleave.agent.jdk;

import static dev.interleave.agent.jdk.BridgeCalls.atEntry;
import static dev.interleave.agent.jdk.BridgeCalls.beforeReturn;
import static dev.interleave.agent.jdk.BridgeCalls.forwardToProxy;
import static dev.interleave.agent.jdk.BridgeCalls.replaceArgument;
import static dev.interleave.agent.jdk.BridgeCalls.returnIfTrue;

import dev.interleave.agent.jdk.BridgeCalls.Loads;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * Which JDK methods Interleave patches, and why. Each patch is a call into the bridge at the
 * method's entry; with no runtime installed the bridge answers as the JDK would.
 */
final class JdkPatches implements Opcodes {

    /** A method to patch. */
    record Target(String name, String descriptor) {
    }

    /** Classes whose clock reads go through the bridge (prefixes of internal names). */
    static final List<String> TIMED_CLASS_PREFIXES = List.of(
            "java/lang/Thread",
            "java/lang/VirtualThread",
            "java/util/concurrent/",
            "java/util/Timer",
            "java/time/Clock");

    static final Map<String, Map<Target, Patch>> METHODS = withClassInitPatches(Map.of(
            // Every virtual thread is made here: a thread made by a controlled task, or by the
            // runtime for one, gets the run's executor as its scheduler.
            "java/lang/ThreadBuilders", Map.of(
                    new Target("newVirtualThread",
                            "(Ljava/util/concurrent/Executor;Ljava/lang/String;ILjava/lang/Runnable;)Ljava/lang/Thread;"),
                    (next, frame) -> replaceArgument(0, "virtualThreadScheduler",
                                    "(Ljava/util/concurrent/Executor;)Ljava/util/concurrent/Executor;")
                            .apply(beforeReturn("virtualThreadCreated", "(Ljava/lang/Thread;)V").apply(next, frame), frame)),
            // A platform thread started by a controlled task runs as a controlled virtual thread
            // that stands in for it; the thread object's own state queries go to that stand-in.
            "java/lang/Thread", Map.ofEntries(
                    Map.entry(new Target("start", "()V"), returnIfTrue("startPlatformThread")),
                    // Executors and fork/join pools start their workers through a thread container.
                    Map.entry(new Target("start", "(Ljdk/internal/vm/ThreadContainer;)V"),
                            returnIfTrue("startPlatformThread")),
                    Map.entry(new Target("join", "(J)V"), forwardToProxy("join", "(J)V")),
                    Map.entry(new Target("join", "(Ljava/time/Duration;)Z"), forwardToProxy("join", "(Ljava/time/Duration;)Z")),
                    Map.entry(new Target("isAlive", "()Z"), forwardToProxy("isAlive", "()Z")),
                    Map.entry(new Target("interrupt", "()V"), forwardToProxy("interrupt", "()V")),
                    Map.entry(new Target("isInterrupted", "()Z"), forwardToProxy("isInterrupted", "()Z")),
                    Map.entry(new Target("getState", "()Ljava/lang/Thread$State;"),
                            forwardToProxy("getState", "()Ljava/lang/Thread$State;")),
                    // Thread ids count per execution, so that they repeat from run to run.
                    Map.entry(new Target("threadId", "()J"), BridgeCalls.returnLongUnlessNegative("threadId")),
                    // A spin-wait hint is a scheduling point, so a correct spin-wait completes.
                    Map.entry(new Target("onSpinWait", "()V"), atEntry(Loads.none(), "onSpinWait", "()V"))),
            "java/lang/VirtualThread", Map.of(
                    // A controlled thread starts in its execution's container, not the root one,
                    // so that tasks an execution leaves behind can be collected.
                    new Target("start", "()V"), returnIfTrue("startVirtualThread"),
                    // A controlled thread becoming runnable goes straight to its execution, by
                    // thread: the executor would only see a Runnable, found by identity hash.
                    new Target("submitRunContinuation", "(Ljava/util/concurrent/Executor;Z)V"),
                    BridgeCalls.returnIfTrue(Loads.locals(ALOAD, 0, ALOAD, 1), "submit",
                            "(Ljava/lang/Thread;Ljava/util/concurrent/Executor;)Z"),
                    // Timed parks and waits arm their wake-up here: put it on the virtual clock.
                    new Target("schedule",
                            "(Ljava/lang/Runnable;JLjava/util/concurrent/TimeUnit;)Ljava/util/concurrent/Future;"),
                    VirtualTimerPatch.patch(),
                    // Monitor hand-offs: the unblocker thread takes a thread off the VM's list,
                    // then unblocks it; the runtime must know of it before deciding anything.
                    new Target("compareAndSetOnWaitingList", "(ZZ)Z"),
                    atEntry(Loads.locals(ALOAD, 0, ILOAD, 1), "unblockTaken", "(Ljava/lang/Thread;Z)V"),
                    // A thread that blocks while pinned would park the scheduler's own thread.
                    new Target("parkOnCarrierThread", "(ZJ)V"),
                    atEntry(Loads.locals(ALOAD, 0), "parkingWhilePinned", "(Ljava/lang/Thread;)V")),
            // "Thread-N" names count per execution, so that they repeat from run to run.
            "java/lang/Thread$ThreadNumbering", Map.of(
                    new Target("next", "()I"), BridgeCalls.returnIntUnlessNegative("nextThreadNumber")),
            "java/util/concurrent/locks/LockSupport", Map.of(
                    // Unparking a stood-in platform thread unparks its controlled stand-in.
                    new Target("unpark", "(Ljava/lang/Thread;)V"),
                    replaceArgument(0, "resolve", "(Ljava/lang/Thread;)Ljava/lang/Thread;"))));

    /** These patches, the class initialization, fork/join and outside-world patches, merged class by class. */
    private static Map<String, Map<Target, Patch>> withClassInitPatches(Map<String, Map<Target, Patch>> patches) {
        Map<String, Map<Target, Patch>> all = new java.util.HashMap<>();
        for (Map<String, Map<Target, Patch>> table : List.of(patches, ClassInitPatches.METHODS, ForkJoinPatches.METHODS,
                OutsidePatches.METHODS)) {
            table.forEach((type, methods) -> all.merge(type, methods, (a, b) -> {
                Map<Target, Patch> both = new java.util.HashMap<>(a);
                both.putAll(b);
                return Map.copyOf(both);
            }));
        }
        return Map.copyOf(all);
    }

    private JdkPatches() {
    }

    static boolean timed(String internalName) {
        for (String prefix : TIMED_CLASS_PREFIXES) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
