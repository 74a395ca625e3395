package dev.interleave.junit;

import com.sun.tools.attach.VirtualMachine;

/**
 * The helper JVM's main: attaches the agent jar to the test JVM whose pid it is given. Run by
 * {@link AgentLoader} because a JVM may not attach to itself by default.
 */
final class AttachMain {

    private AttachMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AttachMain PID AGENT_JAR");
            System.exit(2);
        }
        try {
            VirtualMachine vm = VirtualMachine.attach(args[0]);
            try {
                vm.loadAgent(args[1]);
            } finally {
                vm.detach();
            }
        } catch (Exception e) {
            // One line: the test JVM quotes the last line of this output in its failure message.
            System.err.println(e.toString().replace('\n', ' '));
            System.exit(1);
        }
    }
}
