package bedrock.runtime.internal.jx9;

import java.util.function.UnaryOperator;

/** An assignable expression: a variable, an index, a member or an append slot. */
abstract class LValue extends Expr {
    LValue(int line) {
        super(line);
    }

    @Override
    boolean isAssignable() {
        return true;
    }

    /** Stores a value; returns it, or null when the store was refused (with a run-time error). */
    abstract Object assign(Frame f, Object value);

    /**
     * Replaces the value with {@code fn(old)}, evaluating the location once; returns the old value
     * when {@code returnOld} (post-increment) or the new one.
     */
    abstract Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld);

    /**
     * The array stored here, created when the location holds null so that {@code $a['x']['y'] = 1}
     * builds nested arrays; null (after an error) when that is impossible.
     */
    abstract Jx9Array arrayForWrite(Frame f);
}
