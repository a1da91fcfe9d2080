package bedrock.runtime.internal.server;

import bedrock.api.server.QueryResult;
import java.util.Map;

/** The Jx9 uses of a service: specs written as scripts, {@code __if__} conditions, queries. */
public interface Scripts {

    /** Runs a script that returns the spec; parameters are JSON texts. */
    Object runSpecScript(String script, Map<String, String> parameters);

    /** Evaluates an {@code __if__} expression as {@code return (<expr>) == true;}. */
    boolean condition(String expression, Map<String, Object> globals, String path);

    /**
     * Runs a query with {@code $__config__} bound to {@code config}, plus other globals (such as
     * {@code $__ssg__}).
     */
    QueryResult query(String script, Map<String, Object> config, Map<String, Object> globals);
}
