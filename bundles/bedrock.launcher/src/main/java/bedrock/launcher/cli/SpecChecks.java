package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.check.CheckReport;
import bedrock.api.check.SpecChecker;
import bedrock.launcher.BedrockHome;
import bedrock.launcher.EmbeddedFramework;
import bedrock.launcher.EmbeddedServerFactory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Checks a spec in a framework of its own: the distribution's {@code bundles/} are started (not
 * hot deploy, whose bundles arrive asynchronously), the runtime's {@link SpecChecker} service
 * checks the spec, and the framework stops again. No Bedrock service is created, so nothing
 * listens on the network and no pool runs.
 */
final class SpecChecks {

    private SpecChecks() {
    }

    /**
     * Checks a spec with the modules of a distribution.
     *
     * @param properties extra framework properties (the log level)
     * @throws BedrockException when the framework or the runtime cannot start
     */
    static CheckReport check(Path home, SpecSource spec, Map<String, String> properties) {
        SpecSource located = spec.withHome(home);
        try (EmbeddedFramework framework = EmbeddedFramework.start(
                EmbeddedFramework.jarsIn(BedrockHome.bundles(home)), properties)) {
            SpecChecker checker;
            try {
                checker = framework.awaitService(SpecChecker.class, EmbeddedServerFactory.RUNTIME_TIMEOUT);
            } catch (BedrockException e) {
                throw new BedrockException("The Bedrock runtime did not start (is bedrock.runtime in "
                        + BedrockHome.bundles(home) + "?): " + e.getMessage(), e);
            }
            return checker.check(located.text(), located.options());
        }
    }
}
