package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.server.QueryResult;
import bedrock.runtime.internal.jx9.Jx9CompileException;
import bedrock.runtime.internal.jx9.Jx9Conditions;
import bedrock.runtime.internal.jx9.Jx9Diagnostic;
import bedrock.runtime.internal.jx9.Jx9Limits;
import bedrock.runtime.internal.jx9.Jx9Result;
import bedrock.runtime.internal.jx9.Jx9Script;
import bedrock.runtime.internal.spec.SpecText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bedrock's uses of Jx9: spec scripts, {@code __if__} conditions and configuration queries. What
 * scripts print goes to the log ({@code [jx9] ...}); a script stopped by a bound fails with the
 * bound it hit. Compiled query scripts are cached, since clients repeat the same queries.
 */
public final class Jx9Scripts implements Scripts {

    private static final System.Logger LOG = System.getLogger("bedrock.jx9");
    private static final int CACHE_LIMIT = 256;

    private final Jx9Limits limits;
    private final Map<String, Jx9Script> cache = new ConcurrentHashMap<>();

    public Jx9Scripts(Jx9Limits limits) {
        this.limits = limits;
    }

    public Jx9Scripts() {
        this(Jx9Limits.defaults());
    }

    @Override
    public Object runSpecScript(String script, Map<String, String> parameters) {
        Map<String, Object> globals = new HashMap<>();
        globals.put("MPI_COMM_WORLD", null);
        parameters.forEach((name, json) -> {
            try {
                globals.put(name, SpecText.parse(json));
            } catch (BedrockException e) {
                String reason = e.getMessage().replaceFirst("^Invalid JSON in spec at line \\d+, ", "at ");
                throw new BedrockException("Invalid value " + json + " for Jx9 parameter \"" + name + "\" (values are "
                        + "JSON: quote strings, e.g. " + name + "=\"text\"): " + reason);
            }
        });
        Jx9Result result = run(compile(script), globals);
        Object value = result.value();
        if (value instanceof String text) {
            return SpecText.parse(text);
        }
        return value == null ? new java.util.LinkedHashMap<String, Object>() : value;
    }

    @Override
    public boolean condition(String expression, Map<String, Object> globals, String path) {
        try {
            return Jx9Conditions.evaluate(expression, globals);
        } catch (Jx9CompileException e) {
            throw new BedrockException("Invalid __if__ condition \"" + expression + "\": " + e.getMessage(), path);
        }
    }

    @Override
    public QueryResult query(String script, Map<String, Object> config, Map<String, Object> extra) {
        Map<String, Object> globals = new HashMap<>(extra);
        globals.put("__config__", config);
        globals.put("MPI_COMM_WORLD", null);
        Jx9Result result = run(cached(script), globals);
        List<String> warnings = result.warnings().stream().map(Jx9Diagnostic::toString).toList();
        return new QueryResult(result.value(), result.json(), warnings);
    }

    private Jx9Script cached(String script) {
        Jx9Script compiled = cache.get(script);
        if (compiled == null) {
            compiled = compile(script);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(script, compiled);
        }
        return compiled;
    }

    private static Jx9Script compile(String script) {
        try {
            return Jx9Script.compile(script);
        } catch (Jx9CompileException e) {
            throw new BedrockException(e.getMessage());
        }
    }

    private Jx9Result run(Jx9Script script, Map<String, Object> globals) {
        Jx9Result result = script.execute(globals, limits);
        if (!result.output().isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "[jx9] " + result.output().stripTrailing());
        }
        for (Jx9Diagnostic warning : result.warnings()) {
            LOG.log(System.Logger.Level.WARNING, "[jx9] " + warning);
        }
        if (result.limitHit().isPresent()) {
            throw new BedrockException("Jx9 script stopped: " + result.limitHit().get());
        }
        return result;
    }
}
