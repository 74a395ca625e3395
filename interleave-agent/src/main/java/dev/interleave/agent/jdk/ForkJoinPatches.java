package dev.interleave.agent.jdk;

import static dev.interleave.agent.jdk.BridgeCalls.atEntry;

import dev.interleave.agent.jdk.BridgeCalls.Loads;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What Interleave changes in the JDK's fork/join framework so that work split across a pool runs on
 * controlled workers whose order is explored (see the bridge's {@code ForkJoin}): the methods that
 * push a task to a queue, wait for one, or change a task's completion state (a future's too, the
 * executors' {@code FutureTask}), and the classes whose code must see a worker's
 * {@code ForkJoinWorkerThread} where it asks for the current thread.
 */
final class ForkJoinPatches implements Opcodes {

    static final String FORK_JOIN = "dev/interleave/bridge/ForkJoin";
    private static final String OBJECT = "(Ljava/lang/Object;)V";
    private static final String TASK = "Ljava/util/concurrent/ForkJoinTask;";
    private static final String FUTURE_TASK = "java/util/concurrent/FutureTask";
    private static final String POOL = "java/util/concurrent/ForkJoinPool";

    /**
     * Classes (and their nested classes) that ask whether the current thread is a pool's worker:
     * the pool, its tasks, completers and futures, a transfer queue that blocks a worker through the
     * pool, and the streams' tasks, which size their leaves by the worker's pool.
     */
    private static final List<String> WORKER_AWARE = List.of(
            "java/util/concurrent/ForkJoinPool",
            "java/util/concurrent/ForkJoinTask",
            "java/util/concurrent/ForkJoinWorkerThread",
            "java/util/concurrent/CountedCompleter",
            "java/util/concurrent/CompletableFuture",
            "java/util/concurrent/LinkedTransferQueue",
            "java/util/stream/AbstractTask");

    static final Map<String, Map<JdkPatches.Target, Patch>> METHODS = Map.of(
            "java/util/concurrent/ForkJoinTask", Map.of(
                    // fork() from any thread, and awaiting an unfinished task (join, get, invoke),
                    // before the joiner helps run queued tasks or parks.
                    target("fork", "()" + TASK), forking(0),
                    target("awaitDone", "(ZJ)I"), awaiting(0),
                    // Every change of a task's status goes through these two.
                    target("getAndBitwiseOrStatus", "(I)I"), updated(),
                    target("casStatus", "(II)Z"), updated()),
            "java/util/concurrent/ForkJoinPool", Map.of(
                    // execute, submit and invoke of a pool all push here.
                    target("poolSubmit", "(Z" + TASK + ")" + TASK), redirectedForking("poolSubmit", "(Z" + TASK + ")" + TASK, 2),
                    target("externalSubmit", "(" + TASK + ")" + TASK), redirectedForking("externalSubmit", "(" + TASK + ")" + TASK, 1),
                    // awaitQuiescence and helpQuiesce, which run queued tasks while they wait.
                    target("helpQuiescePool", "(Ljava/util/concurrent/ForkJoinPool;JZ)I"), awaiting(0)),
            "java/util/concurrent/CountedCompleter", Map.of(
                    target("initPending", "(I)V"), updated(),
                    target("addToPendingCount", "(I)V"), updated(),
                    target("compareAndSetPendingCount", "(II)Z"), updated(),
                    target("weakCompareAndSetPendingCount", "(II)Z"), updated()),
            // The executors' futures: what a pool thread's task did happens before a get that finds it done.
            "java/util/concurrent/FutureTask", Map.of(
                    target("set", "(Ljava/lang/Object;)V"), updated(),
                    target("setException", "(Ljava/lang/Throwable;)V"), updated(),
                    target("cancel", "(Z)Z"), updated()),
            "java/util/concurrent/CompletableFuture", Map.of(
                    target("internalComplete", "(Ljava/lang/Object;)Z"), updated(),
                    target("completeNull", "()Z"), updated(),
                    target("completeValue", "(Ljava/lang/Object;)Z"), updated(),
                    target("completeThrowable", "(Ljava/lang/Throwable;)Z"), updated(),
                    target("completeThrowable", "(Ljava/lang/Throwable;Ljava/lang/Object;)Z"), updated(),
                    target("completeRelay", "(Ljava/lang/Object;)Z"), updated(),
                    // A pool's worker helps run the pool's tasks before it blocks on a future.
                    target("waitingGet", "(Z)Ljava/lang/Object;"), awaiting(0),
                    target("timedGet", "(J)Ljava/lang/Object;"), awaiting(0)));

    private ForkJoinPatches() {
    }

    /** Whether {@link #rewrite} changes the class's code, whatever it mentions. */
    static boolean rewrites(String className) {
        return workerAware(className) || className.equals(FUTURE_TASK);
    }

    private static boolean workerAware(String className) {
        for (String name : WORKER_AWARE) {
            if (className.equals(name) || className.startsWith(name + "$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rewriters of one method: the classes of {@code java.util.concurrent} see a fixed processor
     * count; the worker-aware classes and {@code FutureTask} report what they read and write of a
     * task's completion state; the worker-aware classes see a worker's thread object; the streams'
     * tasks size their leaves by the pool they run in.
     */
    static MethodVisitor rewrite(String className, String methodName, MethodVisitor mv) {
        if (methodName.equals("<clinit>")) {
            return mv;
        }
        if (className.startsWith("java/util/concurrent/")) {
            mv = new ProcessorCountRedirector(mv);
        }
        if (rewrites(className)) {
            mv = new CompletionStateAccesses(mv);
        }
        if (workerAware(className)) {
            mv = new WorkerIdentity(mv);
        }
        if (className.equals("java/util/stream/AbstractTask")) {
            mv = new LeafTarget(mv);
        }
        return mv;
    }

    private static JdkPatches.Target target(String name, String descriptor) {
        return new JdkPatches.Target(name, descriptor);
    }

    /**
     * What the forker did happens before the task runs (at entry); once the task is in a queue and a
     * worker woken for it, that worker may take it before the forker goes on (before each return of
     * the task).
     */
    private static Patch forking(int slot) {
        Patch entry = atEntry(FORK_JOIN, Loads.locals(ALOAD, slot), "forking", OBJECT);
        return (next, frame) -> entry.apply(new MethodVisitor(ASM9, next) {
            @Override
            public void visitInsn(int opcode) {
                if (opcode == ARETURN) {
                    super.visitInsn(DUP);
                    super.visitMethodInsn(INVOKESTATIC, FORK_JOIN, "forked", OBJECT, false);
                }
                super.visitInsn(opcode);
            }
        }, frame);
    }

    /**
     * A submission first goes to the pool the bridge names ({@code ForkJoin.submissionPool}) when
     * that is another pool, calling the same method on it and returning its answer; else it is
     * {@link #forking}.
     */
    private static Patch redirectedForking(String method, String descriptor, int taskSlot) {
        Patch forking = forking(taskSlot);
        Patch redirect = (next, frame) -> new MethodVisitor(ASM9, next) {
            @Override
            public void visitCode() {
                super.visitCode();
                Label proceed = new Label();
                submissionPool();
                mv.visitVarInsn(ALOAD, 0);
                mv.visitJumpInsn(IF_ACMPEQ, proceed);
                submissionPool();
                BridgeCalls.loadArguments(mv, descriptor);
                // The pool's own private method, called on another pool: invokevirtual since nestmates (Java 11).
                mv.visitMethodInsn(INVOKEVIRTUAL, POOL, method, descriptor, false);
                mv.visitInsn(ARETURN);
                mv.visitLabel(proceed);
                frame.visit(mv);
                mv.visitInsn(NOP);
            }

            private void submissionPool() {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitMethodInsn(INVOKESTATIC, FORK_JOIN, "submissionPool", "(L" + POOL + ";)L" + POOL + ";", false);
            }
        };
        // The redirect comes first: a submission it sends on is reported by the pool that takes it.
        return (next, frame) -> forking.apply(redirect.apply(next, frame), frame);
    }

    private static Patch awaiting(int slot) {
        return atEntry(FORK_JOIN, Loads.locals(ALOAD, slot), "awaiting", OBJECT);
    }

    private static Patch updated() {
        return atEntry(FORK_JOIN, Loads.locals(ALOAD, 0), "stateUpdated", OBJECT);
    }

    /**
     * The streams' default leaf count is the common pool's parallelism times four, read once per JVM
     * from the JVM's pool: under control it is read from the execution's pool, whose size is fixed.
     */
    private static final class LeafTarget extends MethodVisitor {
        LeafTarget(MethodVisitor next) {
            super(ASM9, next);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            if (opcode == GETSTATIC && owner.equals("java/util/stream/AbstractTask") && name.equals("LEAF_TARGET")) {
                super.visitMethodInsn(INVOKESTATIC, "java/util/concurrent/ForkJoinPool", "getCommonPoolParallelism",
                        "()I", false);
                super.visitInsn(ICONST_2);
                super.visitInsn(ISHL);
            } else {
                super.visitFieldInsn(opcode, owner, name, descriptor);
            }
        }
    }
}
