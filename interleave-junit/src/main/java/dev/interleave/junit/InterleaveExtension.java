package dev.interleave.junit;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link InterleaveTest}: it takes the place of JUnit's single invocation of
 * the test method with an exploration (or a replay) of it under Interleave's scheduler. Registered
 * by the annotation; not meant to be registered by hand.
 *
 * <p>It checks the settings first, then the agent (attaching it if needed), and only then touches
 * interleave-core, whose bridge class must come from the agent.
 */
public final class InterleaveExtension implements InvocationInterceptor {

    /** {@code RunOptions.OUTSIDE_WAIT_PROPERTY}, named here: interleave-core must not load before the agent. */
    private static final String OUTSIDE_WAIT = "interleave.outsideWait";

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        invocation.skip();
        Method method = invocationContext.getExecutable();
        String target = context.getRequiredTestClass().getName() + "#" + method.getName();
        InterleaveTest test = AnnotationSupport.findAnnotation(method, InterleaveTest.class)
                .orElseThrow(() -> new AssertionFailedError(target + " is not annotated with @InterleaveTest"));
        Plan plan;
        try {
            plan = Settings.of(test, target, Settings.Properties.ofSystem());
        } catch (ConfigurationException e) {
            throw new AssertionFailedError("@InterleaveTest on " + target + ": " + e.getMessage());
        }
        AgentLoader.ensureAgentFor("@InterleaveTest", target);
        // The bound is the JVM's (a system property), set for this test only.
        String outsideWait = System.getProperty(OUTSIDE_WAIT);
        try {
            java.time.Duration bound = TimeLimits.parse("outsideWait", test.outsideWait());
            if (bound != null) {
                System.setProperty(OUTSIDE_WAIT, bound.toMillis() + "ms");
            }
            TestRun.run(context, method, plan);
        } catch (ConfigurationException e) {
            throw new AssertionFailedError("@InterleaveTest on " + target + ": " + e.getMessage());
        } finally {
            if (outsideWait == null) {
                System.clearProperty(OUTSIDE_WAIT);
            } else {
                System.setProperty(OUTSIDE_WAIT, outsideWait);
            }
        }
    }
}
