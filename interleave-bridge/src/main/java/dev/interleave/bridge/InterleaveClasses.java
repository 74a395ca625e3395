package dev.interleave.bridge;

import java.util.List;

/**
 * Interleave's own classes, declared once. The agent instruments every class it is not told about
 * as program code, and examples, benchmarks and test programs live under {@code dev.interleave}
 * too, so the library's classes cannot be told apart by that prefix: each is either internal
 * (under {@code dev.interleave.internal}, or the agent's and the bridge's, whose names the JVM
 * knows: the agent jar's manifest, the boot class path) or in a public API package declared here
 * with how runs treat it. The agent ({@code ApplicationClasses}, {@code ClassFacts},
 * {@code InstrumentedJdkClasses}) and the program class loader ({@code ProgramClasses}) ask this
 * class; {@code InterleaveClassesTest} (CLI module) walks every class of the library modules and
 * fails on one that is neither, so a new package cannot be instrumented as the program's by accident.
 * Lives in the bridge because both the agent and the core see it.
 */
public final class InterleaveClasses {

    /** How runs treat a class: whether the agent instruments it, how, and whether programs share it. */
    public enum Role {
        /** Not Interleave's library: the program, its libraries, and programs under dev.interleave (examples, tests). */
        PROGRAM(true, false, false),
        /** Interleave's machinery: never instrumented; every program class loader shares its one copy. */
        INTERNAL(false, false, true),
        /**
         * The entry points and values of the root package ({@code Interleave}, {@code RunResult}...):
         * instrumented for the scheduling points of what they call, their own fields and method
         * references left alone.
         */
        ENTRY_API(true, true, true),
        /** The task API ({@code TaskGroup}, {@code Subtask}): as {@link #ENTRY_API}, and its joins and locks order the program's accesses. */
        TASK_API(true, true, true),
        /**
         * Packages that drive runs from outside them (explore, schedule) or keep their own clock and
         * records inside them (the linearizability checker's scenario runner): never instrumented,
         * and not shared, as they were before this declaration.
         */
        DRIVER_API(false, false, false),
        /**
         * The JUnit extension's package (not its subpackages, where its tests keep their programs):
         * never instrumented, as it is Interleave's code even where it runs inside a task (a test
         * method's execution starts in {@code FreshExecution.run}, the linearizability runner records
         * there); shared with the program class loader, as the programs name its annotations. Its
         * module's white-box tests of it, in the package, are drivers and never run inside a task.
         */
        EXTENSION_API(false, false, true);

        private final boolean instrumented;
        private final boolean ownMemory;
        private final boolean shared;

        Role(boolean instrumented, boolean ownMemory, boolean shared) {
            this.instrumented = instrumented;
            this.ownMemory = ownMemory;
            this.shared = shared;
        }

        /** Whether the agent instruments it when an application class loader loads it. */
        public boolean instrumented() {
            return instrumented;
        }

        /**
         * Whether it is Interleave's API run inside tasks, whose own fields are not the program's
         * memory and whose method references are left alone (internal classes are never
         * instrumented, and the program never reaches their fields).
         */
        public boolean ownMemory() {
            return ownMemory;
        }

        /** Whether a program class loader leaves it to its parent, so that the program and Interleave share one copy. */
        public boolean shared() {
            return shared;
        }
    }

    private static final String ROOT = "dev/interleave/";

    /** Internal packages, by internal-name prefix. */
    private static final List<String> INTERNAL = List.of(ROOT + "internal/", ROOT + "agent/", ROOT + "bridge/");

    /**
     * The task API, by internal-name prefix: its nested classes, and, as before this declaration,
     * the core's tests of it in the root package ({@code TaskGroupTest}), whose tasks use it.
     */
    private static final List<String> TASK_API = List.of(ROOT + "TaskGroup", ROOT + "Subtask");

    /** Public API packages besides the root one: these by internal-name prefix... */
    private static final List<String> DRIVER_API = List.of(ROOT + "explore/", ROOT + "schedule/", ROOT + "linearizability/");
    /** ...and this one by package. */
    private static final String EXTENSION_API = ROOT + "junit/";

    private InterleaveClasses() {
    }

    /** The role of the class of internal name {@code className} ({@code dev/interleave/TaskGroup$1}). */
    public static Role role(String className) {
        if (!className.startsWith(ROOT)) {
            return Role.PROGRAM;
        }
        if (inPackage(className, ROOT)) {
            return startsWithAny(className, TASK_API) ? Role.TASK_API : Role.ENTRY_API;
        }
        if (startsWithAny(className, INTERNAL)) {
            return Role.INTERNAL;
        }
        if (startsWithAny(className, DRIVER_API)) {
            return Role.DRIVER_API;
        }
        return inPackage(className, EXTENSION_API) ? Role.EXTENSION_API : Role.PROGRAM;
    }

    /** Whether {@code className} is in the package of internal-name prefix {@code pkg}, not in a subpackage. */
    private static boolean inPackage(String className, String pkg) {
        return className.startsWith(pkg) && className.indexOf('/', pkg.length()) < 0;
    }

    /** The role of the class of binary name {@code className} ({@code dev.interleave.TaskGroup$1}). */
    public static Role roleOfBinaryName(String className) {
        return role(className.replace('.', '/'));
    }

    private static boolean startsWithAny(String className, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
