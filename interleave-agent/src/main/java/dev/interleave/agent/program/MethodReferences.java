package dev.interleave.agent.program;

import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Routes method references to JDK methods ({@code counter::incrementAndGet}, {@code list::add})
 * through a synthetic method of the program's class. Javac points such a lambda straight at the
 * JDK method, so the call happens in a class the JVM spins at run time, which no agent sees: the
 * call would make no scheduling point, reach neither the race detector nor step footprints, and a
 * DFS could "prove" a program by reordering two calls that touch one object. The synthetic method
 * makes the call in program code, where the rest of the chain instruments it like any other.
 *
 * <p>Only {@code LambdaMetafactory.metafactory} sites change: serializable lambdas
 * ({@code altMetafactory}) name their target in their serialized form, and constructor, super
 * and {@code java.lang.invoke} references are left alone. Must sit before the instrumenting
 * visitor, so that the synthetic methods go through it too.
 */
final class MethodReferences extends ClassVisitor implements Opcodes {

    private static final String METAFACTORY_OWNER = "java/lang/invoke/LambdaMetafactory";

    private String owner;
    private boolean isInterface;
    private boolean applies;
    /** A JDK method referenced, with the type of the receiver the lambda captures (null when it captures none). */
    private record Reference(Handle target, Type receiver) {
    }

    /** Each JDK method referenced, and the synthetic method that calls it. */
    private final Map<Reference, Handle> bridges = new LinkedHashMap<>();

    MethodReferences(ClassVisitor next) {
        super(ASM9, next);
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        owner = name;
        isInterface = (access & ACC_INTERFACE) != 0;
        // An interface's private static methods need class files of Java 9 or later.
        applies = !ClassFacts.interleaveOwn(name) && (version & 0xFFFF) >= (isInterface ? V9 : V1_8);
        super.visit(version, access, name, signature, superName, interfaces);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
        if (!applies || mv == null) {
            return mv;
        }
        return new MethodVisitor(ASM9, mv) {
            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                if (bootstrap.getOwner().equals(METAFACTORY_OWNER) && bootstrap.getName().equals("metafactory")
                        && arguments.length == 3 && arguments[1] instanceof Handle target && routed(target)) {
                    Object[] rewritten = arguments.clone();
                    rewritten[1] = bridges.computeIfAbsent(new Reference(target, capturedReceiver(target, descriptor)),
                            r -> new Handle(H_INVOKESTATIC, owner, "lambda$interleave$ref$" + bridges.size(),
                                    bridgeDescriptor(r), isInterface));
                    super.visitInvokeDynamicInsn(name, descriptor, bootstrap, rewritten);
                    return;
                }
                super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
            }
        };
    }

    /** A call to a JDK method that the synthetic method can make as the lambda would. */
    private static boolean routed(Handle target) {
        String callee = target.getOwner();
        boolean jdk = callee.startsWith("java/") || callee.startsWith("javax/") || callee.startsWith("jdk/")
                || callee.startsWith("sun/") || callee.startsWith("com/sun/");
        int tag = target.getTag();
        return jdk && !callee.startsWith("java/lang/invoke/") && !callee.startsWith("[")
                && (tag == H_INVOKEVIRTUAL || tag == H_INVOKEINTERFACE || tag == H_INVOKESTATIC);
    }

    /**
     * The type of the receiver a bound method reference captures ({@code latch::countDown}: the
     * call site's first argument), or null. It may be a subclass of the method's owner (a
     * program's {@code Latch extends CountDownLatch}), and the lambda factory requires a captured
     * argument's type to match its parameter's exactly.
     */
    private static Type capturedReceiver(Handle target, String callSiteDescriptor) {
        Type[] captured = Type.getArgumentTypes(callSiteDescriptor);
        return target.getTag() != H_INVOKESTATIC && captured.length > 0 ? captured[0] : null;
    }

    /** The target's descriptor, with the receiver first for an instance method. */
    private static String bridgeDescriptor(Reference reference) {
        Handle target = reference.target();
        if (target.getTag() == H_INVOKESTATIC) {
            return target.getDesc();
        }
        String receiver = reference.receiver() != null ? reference.receiver().getDescriptor() : "L" + target.getOwner() + ";";
        return "(" + receiver + target.getDesc().substring(1);
    }

    @Override
    public void visitEnd() {
        for (Map.Entry<Reference, Handle> bridge : bridges.entrySet()) {
            emit(bridge.getKey().target(), bridge.getValue());
        }
        super.visitEnd();
    }

    private void emit(Handle target, Handle bridge) {
        MethodVisitor mv = super.visitMethod(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, bridge.getName(),
                bridge.getDesc(), null, null);
        mv.visitCode();
        int slot = 0;
        for (Type argument : Type.getArgumentTypes(bridge.getDesc())) {
            mv.visitVarInsn(argument.getOpcode(ILOAD), slot);
            slot += argument.getSize();
        }
        int opcode = switch (target.getTag()) {
            case H_INVOKEVIRTUAL -> INVOKEVIRTUAL;
            case H_INVOKEINTERFACE -> INVOKEINTERFACE;
            default -> INVOKESTATIC;
        };
        mv.visitMethodInsn(opcode, target.getOwner(), target.getName(), target.getDesc(), target.isInterface());
        mv.visitInsn(Type.getReturnType(bridge.getDesc()).getOpcode(IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
