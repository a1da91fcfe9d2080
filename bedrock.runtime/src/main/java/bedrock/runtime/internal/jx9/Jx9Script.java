package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A compiled Jx9 script. Compile once with {@link #compile}, then {@link #execute} any number of
 * times, concurrently if needed: all execution state lives in the call.
 *
 * <p>Globals are JSON-like Java values (maps, lists, strings, numbers, booleans, null); they are
 * copied into Jx9 values on every call, with map keys in bytewise-sorted order, so a script can
 * never change the caller's data. Globals are also visible inside user functions.
 */
public final class Jx9Script {
    private final Stmt body;
    private final String[] globalNames;
    private final Map<String, Jx9Function> functions;
    private final Set<String> constants;

    private Jx9Script(Parser.Program program) {
        this.body = program.body();
        this.globalNames = program.globalNames();
        this.functions = Map.copyOf(program.functions());
        this.constants = Collections.unmodifiableSet(new LinkedHashSet<>(program.constants()));
    }

    /** Compiles a script; every compile error found is reported in the exception. */
    public static Jx9Script compile(String source) throws Jx9CompileException {
        Objects.requireNonNull(source, "source");
        List<Jx9Diagnostic> errors = new ArrayList<>();
        List<Token> tokens = new Lexer(Bytes.in(source), errors).tokenize();
        Parser.Program program = new Parser(tokens, errors).parseProgram();
        if (!errors.isEmpty()) {
            errors.replaceAll(Jx9Script::text);
            errors.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            throw new Jx9CompileException(errors);
        }
        return new Jx9Script(program);
    }

    /**
     * Runs the script. Never throws for script behaviour: run-time errors become warnings, and a hit
     * limit ends the run with {@link Jx9Result#limitHit()} set.
     */
    public Jx9Result execute(Map<String, Object> globals, Jx9Limits limits) {
        Objects.requireNonNull(limits, "limits");
        Map<String, Object> injected = new HashMap<>();
        if (globals != null) {
            for (Map.Entry<String, Object> e : globals.entrySet()) {
                injected.put(Bytes.in(e.getKey()), Json.fromJava(e.getValue(), 0));
            }
        }
        Interp in = new Interp(limits, injected, functions);
        in.constants = constants;
        Object[] vars = new Object[globalNames.length];
        for (int i = 0; i < vars.length; i++) {
            vars[i] = injected.get(globalNames[i]);
        }
        in.globals = vars;
        in.globalNames = globalNames;
        Frame frame = new Frame(in, vars);
        Object value = null;
        String limit = null;
        try {
            if (body.exec(frame) == Stmt.RETURN) {
                value = frame.ret;
            }
        } catch (Interp.ExitSignal e) {
            value = null;
        } catch (Interp.LimitException e) {
            limit = e.getMessage();
        } catch (StackOverflowError e) {
            // Last resort only: depth is counted, but a caller thread may have a tiny stack.
            limit = "recursion depth limit exceeded (thread stack exhausted)";
        }
        List<Jx9Diagnostic> warnings = new ArrayList<>(in.warnings());
        warnings.replaceAll(Jx9Script::text);
        return new Jx9Result(Json.toJava(value, 0), Bytes.out(Json.encode(value)), Bytes.out(in.output()), warnings,
                limit);
    }

    /** A diagnostic whose message quotes script bytes, as Java text. */
    private static Jx9Diagnostic text(Jx9Diagnostic d) {
        return new Jx9Diagnostic(d.line(), d.column(), d.severity(), Bytes.out(d.message()));
    }
}
