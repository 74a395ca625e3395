package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Sends every use of the common fork/join pool ({@code ForkJoinPool.common}, {@code commonPool()},
 * and {@code CompletableFuture}'s default executor) through the bridge, which answers with the
 * execution's own pool inside a controlled task. The JVM-wide pool would otherwise keep workers
 * and queued tasks from one execution to the next.
 */
public final class CommonPoolRedirector extends MethodVisitor implements Opcodes {

    private static final String POOL = "java/util/concurrent/ForkJoinPool";
    private static final String POOL_DESCRIPTOR = "L" + POOL + ";";

    public CommonPoolRedirector(MethodVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        super.visitFieldInsn(opcode, owner, name, descriptor);
        if (opcode == GETSTATIC && descriptor.equals(POOL_DESCRIPTOR)
                && ((owner.equals(POOL) && name.equals("common"))
                    || (owner.equals("java/util/concurrent/CompletableFuture") && name.equals("ASYNC_POOL")))) {
            redirect();
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
        if (opcode == INVOKESTATIC && owner.equals(POOL) && descriptor.equals("()" + POOL_DESCRIPTOR)
                && (name.equals("commonPool") || name.equals("asyncCommonPool"))) {
            redirect();
        }
    }

    private void redirect() {
        super.visitMethodInsn(INVOKESTATIC, BridgeCalls.BRIDGE, "commonPool",
                "(" + POOL_DESCRIPTOR + ")" + POOL_DESCRIPTOR, false);
    }
}
