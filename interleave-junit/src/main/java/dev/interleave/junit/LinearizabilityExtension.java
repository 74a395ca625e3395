package dev.interleave.junit;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.AssertionFailedError;

/**
 * The extension behind {@link LinearizabilityTest}: in place of the method's invocation, it
 * checks the settings, makes sure the agent is there, then runs the linearizability test (or the
 * replay of one failure) through {@link LinearizabilityRun}.
 */
public final class LinearizabilityExtension implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        invocation.skip();
        Method method = invocationContext.getExecutable();
        String target = context.getRequiredTestClass().getName() + "#" + method.getName();
        LinearizabilityTest test = AnnotationSupport.findAnnotation(method, LinearizabilityTest.class)
                .orElseThrow(() -> new AssertionFailedError(target + " is not annotated with @LinearizabilityTest"));
        AgentLoader.ensureAgentFor("@LinearizabilityTest", target);
        try {
            LinearizabilityRun.run(context, method, test, System.getProperty(Settings.REPLAY_PROPERTY));
        } catch (ConfigurationException | IllegalArgumentException e) {
            throw new AssertionFailedError("@LinearizabilityTest on " + target + ": " + e.getMessage());
        }
    }
}
