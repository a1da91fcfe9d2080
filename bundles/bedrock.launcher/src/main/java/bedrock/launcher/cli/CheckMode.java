package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.check.CheckReport;
import bedrock.api.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bedrock --check}: reports every problem of a spec without starting a service. Problems
 * go to standard error, one line each ({@code error: <message> (at <path>)}), then a count; a valid
 * spec prints {@code <spec>: OK (...)} on standard output. With {@code --json}, one JSON object on
 * standard output instead. Exit status: {@value #VALID} valid, {@value #INVALID} invalid,
 * {@value #USAGE} for a usage error or a check that could not run.
 */
final class CheckMode {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean json;

    CheckMode(PrintStream out, PrintStream err, boolean json) {
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /**
     * Runs the check and prints its outcome.
     *
     * @param label how the spec is named in the output (its file, or standard input)
     * @param output where to write the completed spec when valid, or null
     */
    int run(Path home, SpecSource spec, String label, Map<String, String> properties, Path output) {
        CheckReport report;
        try {
            report = SpecChecks.check(home, spec, properties);
        } catch (BedrockException e) {
            err.println(Commands.message(e));
            return USAGE;
        }
        if (report.valid() && output != null && !write(output, report.completed())) {
            return USAGE;
        }
        if (json) {
            out.println(Json.writePretty(asJson(label, report)));
        } else if (report.valid()) {
            out.println(label + ": OK (" + summary(report.completed()) + ")");
        } else {
            report.problems().forEach(p -> err.println("error: " + p));
            int n = report.problems().size();
            err.println(label + ": " + n + (n == 1 ? " problem" : " problems"));
        }
        out.flush();
        err.flush();
        return report.valid() ? VALID : INVALID;
    }

    /** How the spec is named: its file as given, standard input, or the default spec. */
    static String label(Path config, boolean stdin) {
        return config != null ? config.toString() : stdin ? "<stdin>" : "<default spec>";
    }

    private static Map<String, Object> asJson(String label, CheckReport report) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("spec", label);
        answer.put("valid", report.valid());
        answer.put("problems", report.problems().stream()
                .map(p -> Map.<String, Object>of("path", p.path(), "message", p.message())).toList());
        return answer;
    }

    /** e.g. {@code 2 providers, 1 client, 3 pools, 1 xstream}. */
    static String summary(Map<String, Object> completed) {
        Object margo = completed.get("margo");
        Object argobots = margo instanceof Map<?, ?> m ? m.get("argobots") : null;
        Map<?, ?> abt = argobots instanceof Map<?, ?> a ? a : Map.of();
        return count(completed.get("providers"), "provider") + ", " + count(completed.get("clients"), "client")
                + ", " + count(abt.get("pools"), "pool") + ", " + count(abt.get("xstreams"), "xstream");
    }

    private static String count(Object section, String noun) {
        int n = section instanceof List<?> list ? list.size() : 0;
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private boolean write(Path output, Map<String, Object> completed) {
        try {
            Files.writeString(output, Json.writePretty(completed) + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("error: could not write the completed spec to " + output + ": " + e.getMessage());
            return false;
        }
    }
}
