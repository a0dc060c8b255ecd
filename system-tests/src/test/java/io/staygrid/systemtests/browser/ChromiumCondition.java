package io.staygrid.systemtests.browser;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run when Chromium is installed. Without it they are skipped, loudly; but under CI=true
 * a missing browser fails the run (CI installs it: .ci/run), so a broken CI image cannot pass silently.
 */
public final class ChromiumCondition implements ExecutionCondition {

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.available()) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Chromium.where());
        }
        String why = "no Chromium at " + Chromium.where() + " (install: apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but the browser tests cannot run: " + why);
        }
        if (WARNED.compareAndSet(false, true)) {
            String line = "!".repeat(100);
            System.err.printf("%n%s%n!!! BROWSER TESTS SKIPPED: %s%n!!! The web pages were NOT tested in a browser. CI=true makes this a failure.%n%s%n%n",
                    line, why, line);
        }
        return ConditionEvaluationResult.disabled("BROWSER TESTS SKIPPED: " + why);
    }
}
