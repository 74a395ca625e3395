package dev.interleave.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.interleave.bridge.InterleaveClasses.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roles that {@link InterleaveClasses} gives class names, at the edges of its prefixes: the
 * root package against its subpackages, a package against a longer name that starts like it,
 * nested classes, and programs that live under {@code dev.interleave}. (The CLI module's test of
 * the same name walks every class of the library; this one fixes the rules themselves.)
 */
class InterleaveClassesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // Not Interleave's at all.
            "com/example/Widget,                                 PROGRAM",
            "Widget,                                             PROGRAM",
            "dev/Interleave,                                     PROGRAM",
            "dev/interleaved/Widget,                             PROGRAM",
            // Internal: the internal tree at any depth, the agent's and the bridge's.
            "dev/interleave/internal/runtime/Execution,          INTERNAL",
            "dev/interleave/internal/runtime/Execution$Body,     INTERNAL",
            "dev/interleave/internal/Widget,                     INTERNAL",
            "dev/interleave/agent/InterleaveAgent,               INTERNAL",
            "dev/interleave/agent/program/ClassFacts,            INTERNAL",
            "dev/interleave/bridge/Bridge,                       INTERNAL",
            "dev/interleave/bridge/InterleaveClasses$Role,       INTERNAL",
            // The root package: entry points, and the task API by name prefix (nested classes, its tests).
            "dev/interleave/Interleave,                          ENTRY_API",
            "dev/interleave/RunResult,                           ENTRY_API",
            "dev/interleave/Failure$LimitExceeded,               ENTRY_API",
            "dev/interleave/TaskGroup,                           TASK_API",
            "dev/interleave/TaskGroup$1,                         TASK_API",
            "dev/interleave/TaskGroupTest,                       TASK_API",
            "dev/interleave/Subtask,                             TASK_API",
            "dev/interleave/Subtask$State,                       TASK_API",
            // Driver packages, subpackages included.
            "dev/interleave/explore/Explorer,                    DRIVER_API",
            "dev/interleave/explore/Explorer$1,                  DRIVER_API",
            "dev/interleave/schedule/Schedule,                   DRIVER_API",
            "dev/interleave/linearizability/Linearizability,     DRIVER_API",
            // The JUnit extension's package, not its subpackages (its tests' programs).
            "dev/interleave/junit/InterleaveTest,                EXTENSION_API",
            "dev/interleave/junit/InterleaveTest$Strategy,       EXTENSION_API",
            "dev/interleave/junit/FreshExecution,                EXTENSION_API",
            "dev/interleave/junit/samples/RacyFlagSample,        PROGRAM",
            "dev/interleave/junit/samples/RacyFlagSample$Flag,   PROGRAM",
            "dev/interleave/junit/tests/InterleaveTestTest,      PROGRAM",
            // Programs under dev.interleave: examples, fixtures, and names that merely start like a package.
            "dev/interleave/examples/asyncio/RacyFlag,           PROGRAM",
            "dev/interleave/cli/fixtures/NeverEnds,              PROGRAM",
            "dev/interleave/testprograms/Reorder,                PROGRAM",
            "dev/interleave/internals/Widget,                    PROGRAM",
            "dev/interleave/agents/Widget,                       PROGRAM",
            "dev/interleave/explorer/Widget,                     PROGRAM",
            "dev/interleave/junit5/Widget,                       PROGRAM",
            "dev/interleave/junitx/samples/Widget,               PROGRAM",
    })
    void role(String className, Role expected) {
        assertEquals(expected, InterleaveClasses.role(className));
        assertEquals(expected, InterleaveClasses.roleOfBinaryName(className.replace('/', '.')),
                "by binary name");
    }

    /** What each role means to the agent and the program class loader. */
    @ParameterizedTest
    @EnumSource(Role.class)
    void howEachRoleIsTreated(Role role) {
        switch (role) {
            case PROGRAM -> {
                assertTrue(role.instrumented());
                assertFalse(role.ownMemory());
                assertFalse(role.shared(), "a program's classes are loaded afresh");
            }
            case INTERNAL -> {
                assertFalse(role.instrumented());
                assertFalse(role.ownMemory());
                assertTrue(role.shared());
            }
            case ENTRY_API, TASK_API -> {
                assertTrue(role.instrumented(), "it runs inside tasks and calls what has scheduling points");
                assertTrue(role.ownMemory(), "its own fields are not the program's memory");
                assertTrue(role.shared());
            }
            case DRIVER_API -> {
                assertFalse(role.instrumented());
                assertFalse(role.ownMemory());
                assertFalse(role.shared());
            }
            case EXTENSION_API -> {
                assertFalse(role.instrumented(), "the extension's code is Interleave's, also inside a task");
                assertFalse(role.ownMemory());
                assertTrue(role.shared(), "programs that name the extension's annotations share its copy");
            }
        }
    }
}
