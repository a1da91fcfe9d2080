package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one script execution: limits and counters, output, diagnostics, the script-level
 * frame and the injected globals. One instance per {@link Jx9Script#execute} call.
 */
final class Interp {
    /** Longest string a script may build; keeps string doubling loops from exhausting memory. */
    static final int MAX_STRING = 16 << 20;
    private static final int MAX_WARNINGS = 1000;

    private final Jx9Limits limits;
    private final long deadline;
    private final StringBuilder output = new StringBuilder();
    private final List<Jx9Diagnostic> warnings = new ArrayList<>();
    final Map<String, Object> injected;
    final Map<String, Jx9Function> functions;
    /** Names of the script's own constants ({@code const}) in declaration order, for defined(). */
    Set<String> constants = Set.of();
    private final Map<Jx9Function, Object[]> statics = new IdentityHashMap<>();
    Object[] globals;
    /** The names of the script-level slots, for extract(). */
    String[] globalNames = new String[0];
    private long steps;
    private int depth;

    Interp(Jx9Limits limits, Map<String, Object> injected, Map<String, Jx9Function> functions) {
        this.limits = limits;
        this.injected = injected;
        this.functions = functions;
        long nanos = limits.maxTime().toNanos();
        this.deadline = System.nanoTime() + Math.max(0, nanos);
    }

    /** Counts one unit of work; the clock is read only every 1024 units. */
    void step() {
        if (++steps > limits.maxSteps()) {
            throw new LimitException("step limit of " + limits.maxSteps() + " exceeded");
        }
        if ((steps & 1023) == 0) {
            checkTime();
        }
    }

    /** Counts the work of a built-in that walks {@code n} elements. */
    void charge(long n) {
        long before = steps;
        if (n > limits.maxSteps() - steps) {
            throw new LimitException("step limit of " + limits.maxSteps() + " exceeded");
        }
        steps += Math.max(0, n);
        if ((before >>> 10) != (steps >>> 10)) {
            checkTime();
        }
    }

    private void checkTime() {
        if (System.nanoTime() - deadline > 0) {
            throw new LimitException("time limit of " + limits.maxTime().toMillis() + " ms exceeded");
        }
    }

    void leave() {
        depth--;
    }

    void print(String s) {
        int room = limits.maxOutputChars() - output.length();
        if (s.length() > room) {
            output.append(s, 0, Math.max(0, room));
            throw new LimitException("output limit of " + limits.maxOutputChars() + " characters exceeded");
        }
        output.append(s);
    }

    /** Guards strings built by concatenation, str_repeat and the like. */
    static String checkLength(String s) {
        if (s.length() > MAX_STRING) {
            throw new LimitException("string size limit of " + MAX_STRING + " characters exceeded");
        }
        return s;
    }

    static void checkLength(long n) {
        if (n > MAX_STRING) {
            throw new LimitException("string size limit of " + MAX_STRING + " characters exceeded");
        }
    }

    void warn(int line, String message) {
        diag(line, "Warning", message);
    }

    void error(int line, String message) {
        diag(line, "Error", message);
    }

    private void diag(int line, String severity, String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new Jx9Diagnostic(line, -1, severity, message));
        }
    }

    String output() {
        return output.toString();
    }

    List<Jx9Diagnostic> warnings() {
        return warnings;
    }

    /** Calls a user function (the definition its overloads select) with evaluated arguments. */
    Object invoke(Jx9Function latest, Object[] args) {
        Jx9Function fn = Overload.select(latest, args);
        if (depth >= limits.maxRecursionDepth()) {
            // As in Jx9: the call yields null with an error and the script goes on; the step and
            // time bounds still stop a script that keeps recursing.
            error(fn.line, "Recursion limit of " + limits.maxRecursionDepth() + " reached while calling function '"
                    + fn.name() + "', JX9 is returning NULL.");
            return null;
        }
        depth++;
        try {
            step();
            Frame nf = new Frame(this, new Object[fn.slotNames.length]);
            nf.fn = fn;
            bindInjected(fn, nf);
            // The engine sets up static variables before it binds the arguments.
            nf.statics = statics(fn, nf);
            Params.bind(fn, nf, args);
            fn.body.exec(nf);
            return nf.ret;
        } finally {
            depth--;
        }
    }

    /** The function's static variables, initialised (in order) on its first call. */
    private Object[] statics(Jx9Function fn, Frame nf) {
        Expr[] inits = fn.staticInits;
        if (inits.length == 0) {
            return null;
        }
        Object[] s = statics.get(fn);
        if (s == null) {
            s = new Object[inits.length];
            statics.put(fn, s);
            nf.statics = s;
            for (int i = 0; i < inits.length; i++) {
                s[i] = inits[i] == null ? null : inits[i].eval(nf);
            }
        }
        return s;
    }

    private void bindInjected(Jx9Function fn, Frame nf) {
        if (injected.isEmpty()) {
            return;
        }
        String[] names = fn.slotNames;
        for (int i = 0; i < names.length; i++) {
            Object v = injected.get(names[i]);
            if (v != null) {
                nf.vars[i] = v;
            }
        }
    }

    /** Calls a callback: an anonymous function or the name of a user function or built-in. */
    Object callback(Object fn, int line, Object... args) {
        if (fn instanceof Jx9Function f) {
            return invoke(f, args);
        }
        String name = Values.toStr(fn);
        Jx9Function f = functions.get(name);
        if (f != null) {
            return invoke(f, args);
        }
        Builtin b = Builtins.get(name);
        if (b != null) {
            return b.call(new Frame(this, new Object[0]), args, line);
        }
        warn(line, "Call to undefined function '" + name + "', JX9 is returning NULL.");
        return null;
    }

    /** Thrown when a bound is hit; stops the whole execution. */
    static final class LimitException extends RuntimeException {
        LimitException(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown by exit/die to end the script. */
    static final class ExitSignal extends RuntimeException {
        ExitSignal() {
            super(null, null, false, false);
        }
    }
}
