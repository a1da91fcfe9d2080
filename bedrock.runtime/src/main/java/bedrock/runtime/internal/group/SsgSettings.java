package bedrock.runtime.internal.group;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.membership.GroupFile;
import bedrock.membership.Swim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a completed {@code ssg} entry asks for: its name, group file, credential, failure detection
 * and whether it creates or joins its group. {@code X|join} joins when the file exists and lists a
 * member to contact, else does {@code X}; only {@code init} can be done on the JVM.
 */
record SsgSettings(String name, String bootstrap, Path file, long credential, Swim swim, String path) {

    static SsgSettings of(Map<String, Object> entry, String path) {
        Object file = entry.get("group_file");
        return new SsgSettings((String) entry.get("name"), String.valueOf(entry.getOrDefault("bootstrap", "init")),
                file instanceof String s && !s.isEmpty() ? Path.of(s) : null,
                entry.get("credential") instanceof Number n ? n.longValue() : -1, swim(entry.get("swim")), path);
    }

    /**
     * Upstream's rule: no {@code swim} object (the completed entry drops a disabled one) means no
     * failure detection; in one, 0 / -1 / -1 (missing keys) mean SSG's defaults.
     */
    private static Swim swim(Object value) {
        if (!(value instanceof Map<?, ?> swim)) {
            return Swim.OFF;
        }
        return Swim.of(number(swim.get("period_length_ms"), 0), number(swim.get("suspect_timeout_periods"), -1),
                number(swim.get("subgroup_member_count"), -1), Boolean.TRUE.equals(swim.get("disabled")));
    }

    private static long number(Object value, long otherwise) {
        return value instanceof Number n ? n.longValue() : otherwise;
    }

    /**
     * The group file's content when this entry joins, or null when it creates its group.
     *
     * @throws BedrockException with the entry's path when the mode cannot run here, or the file
     *         to join is missing or unreadable
     */
    GroupFile.Content joining() {
        boolean join = bootstrap.equals("join");
        if (!join && !bootstrap.equals("init") && !bootstrap.endsWith("|join")) {
            throw new BedrockException(bootstrap.equals("mpi") || bootstrap.equals("pmix")
                    ? "SSG bootstrap " + Json.write(bootstrap) + " needs " + bootstrap.toUpperCase()
                            + ", which the JVM does not have (use \"init\", \"join\" or \"init|join\")"
                    : "Invalid SSG bootstrap " + Json.write(bootstrap)
                            + " (expected \"init\", \"join\" or \"init|join\")", path + "/bootstrap");
        }
        if (join && file == null) {
            throw new BedrockException("SSG \"join\" bootstrapping mode requires a group file to be specified",
                    path + "/group_file");
        }
        if (!join && (file == null || !Files.exists(file) || !bootstrap.endsWith("|join"))) {
            return initOnly();
        }
        GroupFile.Content content;
        try {
            content = GroupFile.read(file);
        } catch (BedrockException e) {
            throw new BedrockException("Could not join SSG group " + Json.write(name) + ": " + e.getMessage(),
                    path + "/group_file", e);
        }
        if (content.endpoints().isEmpty()) {
            if (!join) {
                return initOnly();
            }
            throw new BedrockException("Could not join SSG group " + Json.write(name) + ": group file \"" + file
                    + "\" lists no live member to contact", path + "/group_file");
        }
        return content;
    }

    private GroupFile.Content initOnly() {
        if (!bootstrap.equals("init") && !bootstrap.startsWith("init|")) {
            throw new BedrockException("SSG bootstrap " + Json.write(bootstrap) + " has no group file to join and "
                    + "cannot fall back to " + bootstrap.substring(0, bootstrap.indexOf('|')).toUpperCase()
                    + " on the JVM", path + "/bootstrap");
        }
        return null;
    }

    /** The entry's own settings as the group file's metadata. */
    String metadata() {
        return Json.write(Map.of("name", name, "swim", swim.disabled() ? Map.of("disabled", true)
                : Map.of("period_length_ms", swim.periodMs(), "suspect_timeout_periods", swim.suspectPeriods(),
                        "subgroup_member_count", swim.subgroup())));
    }

    /** Members listed in the file this entry would join (none when it creates its group). */
    List<String> predictedPeers() {
        GroupFile.Content content = joining();
        return content == null ? List.of() : content.members().stream().map(m -> m.address()).toList();
    }
}
