package io.github.khabar.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A property checked once per {@link TextSamples.Sample} of a {@code @MethodSource}. The invocation is named
 * after the sample (its seed and escaped text), and a failure is rethrown with that name in its message, so
 * the console and the Surefire report show how to reproduce it ({@code TextSamples.sample(seed)}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ExtendWith(PropertyTest.ReportSample.class)
@interface PropertyTest {
    /** Prefixes a failure's message with the failing sample. */
    final class ReportSample implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            String input = "failing input: " + context.getDisplayName();
            System.err.println(context.getRequiredTestMethod().getName() + " " + input);
            if (failure instanceof AssertionError) {
                AssertionError wrapped = new AssertionError(input + "\n" + failure.getMessage(), failure);
                throw wrapped;
            }
            failure.addSuppressed(new AssertionError(input));
            throw failure;
        }
    }
}
