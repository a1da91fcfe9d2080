package bedrock.runtime.internal.jx9;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compile-time variable table of the script body or of one function: variables live in numbered
 * frame slots. Inside a function, names declared with {@code uplink} refer to script-level slots.
 */
final class Scope {
    private final Scope global;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> uplinks = new HashSet<>();
    private final Map<String, Integer> statics = new HashMap<>();
    private final List<Expr> staticInits = new ArrayList<>();

    Scope(Scope global) {
        this.global = global;
    }

    boolean isFunction() {
        return global != null;
    }

    int slot(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = names.size();
            slots.put(name, s);
            names.add(name);
        }
        return s;
    }

    void uplink(String name) {
        if (global != null) {
            uplinks.add(name);
            global.slot(name);
        }
    }

    /**
     * Declares a static variable of this function; returns its index, the same on a second
     * declaration. Declared before the body is parsed, so that uses ahead of the declaration
     * refer to it too (the engine installs static variables when the call starts).
     */
    int declareStatic(String name) {
        return statics.computeIfAbsent(name, n -> statics.size());
    }

    void staticInit(int index, Expr init) {
        while (staticInits.size() <= index) {
            staticInits.add(null);
        }
        staticInits.set(index, init);
    }

    /** The initial value of each static variable, by index (null: starts as null). */
    Expr[] staticInits() {
        Expr[] inits = new Expr[statics.size()];
        for (int i = 0; i < staticInits.size(); i++) {
            inits[i] = staticInits.get(i);
        }
        return inits;
    }

    LValue resolve(String name, int line) {
        Integer st = statics.get(name);
        if (st != null) {
            return new StaticVar(line, st);
        }
        if (global != null && uplinks.contains(name)) {
            return new Exprs.GlobalVar(line, global.slot(name));
        }
        return new Exprs.LocalVar(line, slot(name), name);
    }

    /** The variable a name already denotes here, or null: unlike {@link #resolve}, adds no slot. */
    LValue find(String name, int line) {
        boolean known = statics.containsKey(name) || slots.containsKey(name)
                || global != null && uplinks.contains(name);
        return known ? resolve(name, line) : null;
    }

    String[] names() {
        return names.toArray(new String[0]);
    }
}
