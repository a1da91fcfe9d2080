package bedrock.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A daemon started with a credential ({@code --credential} or {@code BEDROCK_CREDENTIAL}) refuses
 * changes, shutdown included, from callers without it, and still answers read-only queries.
 */
class CredentialIT {

    private static final String SECRET = "s3cret-e2e";

    @Test
    void optionProtectsShutdownButNotQueries() throws Exception {
        try (ScriptRun daemon = ScriptRun.daemon("tcp", "--credential", SECRET)) {
            assertGuarded(daemon);
        }
    }

    @Test
    void environmentVariableDoesTheSameWithoutShowingInTheCommandLine() throws Exception {
        try (ScriptRun daemon = ScriptRun.daemon(Map.of("BEDROCK_CREDENTIAL", SECRET), "tcp")) {
            // The JVM's command line is what ps shows; the secret must not be in it.
            String commandLine = daemon.handle().info().commandLine().orElse("");
            assertFalse(commandLine.contains(SECRET), commandLine);
            assertGuarded(daemon);
        }
    }

    private static void assertGuarded(ScriptRun daemon) throws Exception {
        String address = daemon.address();

        ScriptRun refused = ScriptRun.run("bedrock-shutdown", "tcp", "-a", address);
        assertEquals(1, refused.awaitExit(), refused::describe);
        String err = refused.stderr();
        assertTrue(err.startsWith("Could not shutdown " + address + ": "), err);
        assertTrue(err.toLowerCase().contains("permission denied"), err);
        assertTrue(daemon.isAlive(), "a refused shutdown leaves the daemon running");

        ScriptRun wrong = ScriptRun.run("bedrock-shutdown", "tcp", "-a", address, "--credential", "not-it");
        assertEquals(1, wrong.awaitExit(), wrong::describe);
        assertTrue(wrong.stderr().toLowerCase().contains("permission denied"), wrong::describe);

        ScriptRun query = ScriptRun.run("bedrock-query", "tcp", "-a", address);
        assertEquals(0, query.awaitExit(), query::describe);
        Map<String, Object> answer = Json.parseObject(query.restOfStdout());
        assertEquals(List.of(address), List.copyOf(answer.keySet()));
        assertFalse(Json.write(answer).contains(SECRET), "the configuration never echoes the credential");

        ScriptRun accepted = ScriptRun.run("bedrock-shutdown", "tcp", "-a", address, "--credential", SECRET);
        assertEquals(0, accepted.awaitExit(), accepted::describe);
        assertEquals(0, daemon.awaitExit(), daemon::describe);
    }
}
