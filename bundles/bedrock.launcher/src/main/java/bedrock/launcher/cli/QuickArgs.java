package bedrock.launcher.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reading of the plain command lines of the one-shot client commands without picocli, whose
 * classes (compiled for Java 5) the class-data archive cannot hold and whose reflective model
 * costs more than the rest of a query. Only plain forms are read: {@code -x VALUE},
 * {@code --name VALUE}, flags, and at most {@code maxPositionals} positionals. Anything else (help,
 * version, {@code --name=value}, clustered or repeated options, a value or positional starting
 * with {@code -} or {@code @}, an unknown option) makes {@link #parse} answer null, and the command
 * hands the whole line to picocli, so help and usage errors read exactly as before.
 */
final class QuickArgs {

    /** What {@link #parse} read: each option's values by key, and the positionals in order. */
    record Line(Map<String, List<String>> options, List<String> positionals) {

        /** The single value of an option, or null when it was not given. */
        String value(String key) {
            List<String> values = options.get(key);
            return values == null ? null : values.get(0);
        }

        boolean has(String key) {
            return options.containsKey(key);
        }
    }

    private final Map<String, String> valued = new HashMap<>();
    private final Map<String, String> flags = new HashMap<>();
    private final Set<String> repeatable = new HashSet<>();
    private final int maxPositionals;

    QuickArgs(int maxPositionals) {
        this.maxPositionals = maxPositionals;
    }

    /** An option that takes a value; {@code repeatable} ones collect every value given. */
    QuickArgs valued(String key, boolean repeatable, String... names) {
        for (String name : names) {
            valued.put(name, key);
        }
        if (repeatable) {
            this.repeatable.add(key);
        }
        return this;
    }

    /** An option without a value. */
    QuickArgs flag(String key, String... names) {
        for (String name : names) {
            flags.put(name, key);
        }
        return this;
    }

    /** The options and positionals of a plain line; null when picocli must read it. */
    Line parse(String[] args) {
        Map<String, List<String>> options = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!plain(arg)) {
                String key = valued.get(arg);
                if (key == null) {
                    key = flags.get(arg);
                    if (key == null || options.containsKey(key)) {
                        return null;
                    }
                    options.put(key, List.of());
                    continue;
                }
                if (i + 1 == args.length || !plain(args[i + 1])
                        || (options.containsKey(key) && !repeatable.contains(key))) {
                    return null;
                }
                options.computeIfAbsent(key, k -> new ArrayList<>()).add(args[++i]);
            } else if (positionals.size() < maxPositionals) {
                positionals.add(arg);
            } else {
                return null;
            }
        }
        return new Line(options, positionals);
    }

    /** Not an option, nor picocli's {@code @file} expansion. */
    private static boolean plain(String arg) {
        return arg.isEmpty() || (arg.charAt(0) != '-' && arg.charAt(0) != '@');
    }
}
