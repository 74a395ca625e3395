package dev.interleave.agent.jdk;

import org.objectweb.asm.MethodVisitor;

/** Code that Interleave writes into one JDK method. */
@FunctionalInterface
interface Patch {

    /** Wraps the method's visitor; {@code frame} describes the method's entry. */
    MethodVisitor apply(MethodVisitor next, EntryFrame frame);
}
