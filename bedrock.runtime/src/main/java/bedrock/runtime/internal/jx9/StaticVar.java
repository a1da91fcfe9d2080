package bedrock.runtime.internal.jx9;

import java.util.function.UnaryOperator;

/** A function's {@code static} variable: one value shared by every call of the function. */
final class StaticVar extends LValue {
    final int index;

    StaticVar(int line, int index) {
        super(line);
        this.index = index;
    }

    @Override
    Object eval(Frame f) {
        return f.statics[index];
    }

    @Override
    Object assign(Frame f, Object value) {
        f.statics[index] = value;
        return value;
    }

    @Override
    Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld) {
        Object[] s = f.statics;
        Object old = s[index];
        s[index] = fn.apply(old);
        return returnOld ? old : s[index];
    }

    @Override
    Jx9Array arrayForWrite(Frame f) {
        Object[] s = f.statics;
        return Access.vivify(f, s[index], v -> s[index] = v, line);
    }
}
