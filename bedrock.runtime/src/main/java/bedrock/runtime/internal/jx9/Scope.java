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

    LValue resolve(String name, int line) {
        if (global != null && uplinks.contains(name)) {
            return new Exprs.GlobalVar(line, global.slot(name));
        }
        return new Exprs.LocalVar(line, slot(name), name);
    }

    String[] names() {
        return names.toArray(new String[0]);
    }
}
