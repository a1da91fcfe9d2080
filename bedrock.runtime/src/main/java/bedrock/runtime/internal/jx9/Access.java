package bedrock.runtime.internal.jx9;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Element access: {@code $a[k]}, {@code $a.name} and the append slot {@code $a[]}. */
final class Access {
    static final String CONSTANT_ATTRIBUTE = "Cannot perform assignment on a constant object attribute";

    private Access() {
    }

    /** Returns the array held in a location, creating one when the location holds null. */
    static Jx9Array vivify(Frame f, Object current, Consumer<Object> store, int line) {
        if (current instanceof Jx9Array a) {
            return a;
        }
        if (current == null) {
            Jx9Array a = new Jx9Array();
            store.accept(a);
            return a;
        }
        f.in.error(line, "Cannot use a scalar value as an array");
        return null;
    }

    /** The array a non-assignable base expression yields (e.g. a function result), or null. */
    static Jx9Array baseArray(Frame f, Expr base) {
        if (base instanceof LValue lv) {
            return lv.arrayForWrite(f);
        }
        return base.eval(f) instanceof Jx9Array a ? a : null;
    }

    static Object read(Object container, Object key) {
        if (container instanceof Jx9Array a) {
            return a.get(key);
        }
        if (container instanceof String s) {
            // As in the engine: the key read as an integer; a negative offset is out of range.
            long i = Values.toLong(key);
            return i >= 0 && i < s.length() ? String.valueOf(s.charAt((int) i)) : null;
        }
        return null;
    }

    /** {@code base[key]}. */
    static final class Index extends LValue {
        final Expr base;
        final Expr key;

        Index(int line, Expr base, Expr key) {
            super(line);
            this.base = base;
            this.key = key;
        }

        @Override
        Object eval(Frame f) {
            Object c = base.eval(f);
            return read(c, Jx9Array.normKey(key.eval(f)));
        }

        @Override
        Object assign(Frame f, Object value) {
            if (StringOffset.applies(f, base)) {
                return StringOffset.store(f, base, key.eval(f), value);
            }
            Jx9Array a = baseArray(f, base);
            if (a == null) {
                return null;
            }
            a.put(Jx9Array.normKey(key.eval(f)), value);
            return value;
        }

        @Override
        Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld) {
            Jx9Array a = baseArray(f, base);
            if (a == null) {
                return null;
            }
            Object k = Jx9Array.normKey(key.eval(f));
            Object old = a.get(k);
            Object nv = fn.apply(old);
            a.put(k, nv);
            return returnOld ? old : nv;
        }

        @Override
        Jx9Array arrayForWrite(Frame f) {
            Jx9Array a = baseArray(f, base);
            if (a == null) {
                return null;
            }
            Object k = Jx9Array.normKey(key.eval(f));
            return vivify(f, a.get(k), v -> a.put(k, v), line);
        }
    }

    /** {@code base.name}: assignment may only overwrite an existing attribute. */
    static final class Member extends LValue {
        final Expr base;
        final Object key;

        Member(int line, Expr base, String name) {
            super(line);
            this.base = base;
            this.key = Jx9Array.normKey(name);
        }

        @Override
        Object eval(Frame f) {
            Object c = base.eval(f);
            return c instanceof Jx9Array a ? a.get(key) : null;
        }

        /** The existing object holding the attribute; never creates anything. */
        private Jx9Array holder(Frame f) {
            if (base.eval(f) instanceof Jx9Array a && a.containsKey(key)) {
                return a;
            }
            f.in.error(line, CONSTANT_ATTRIBUTE);
            return null;
        }

        @Override
        Object assign(Frame f, Object value) {
            Jx9Array a = holder(f);
            if (a == null) {
                return null;
            }
            a.put(key, value);
            return value;
        }

        @Override
        Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld) {
            Jx9Array a = holder(f);
            if (a == null) {
                return null;
            }
            Object old = a.get(key);
            Object nv = fn.apply(old);
            a.put(key, nv);
            return returnOld ? old : nv;
        }

        @Override
        Jx9Array arrayForWrite(Frame f) {
            Jx9Array a = holder(f);
            return a == null ? null : vivify(f, a.get(key), v -> a.put(key, v), line);
        }
    }

    /** {@code base . term}: the member named by a term's value; null unless base is an array. */
    static final class DynamicMember extends Expr {
        final Expr base;
        final Expr key;

        DynamicMember(int line, Expr base, Expr key) {
            super(line);
            this.base = base;
            this.key = key;
        }

        @Override
        Object eval(Frame f) {
            Object c = base.eval(f);
            Object k = key.eval(f);
            return c instanceof Jx9Array a ? a.get(Jx9Array.normKey(k)) : null;
        }
    }

    /** {@code base[]}: only valid as an assignment target. */
    static final class Append extends LValue {
        final Expr base;

        Append(int line, Expr base) {
            super(line);
            this.base = base;
        }

        @Override
        Object eval(Frame f) {
            return null;
        }

        @Override
        Object assign(Frame f, Object value) {
            if (StringOffset.applies(f, base)) {
                return StringOffset.store(f, base, null, value);
            }
            Jx9Array a = baseArray(f, base);
            if (a == null) {
                return null;
            }
            f.in.charge(1);
            a.append(value);
            return value;
        }

        @Override
        Object update(Frame f, UnaryOperator<Object> fn, boolean returnOld) {
            Object nv = fn.apply(null);
            assign(f, nv);
            return returnOld ? null : nv;
        }

        @Override
        Jx9Array arrayForWrite(Frame f) {
            Jx9Array a = baseArray(f, base);
            if (a == null) {
                return null;
            }
            Jx9Array n = new Jx9Array();
            a.append(n);
            return n;
        }
    }
}
