package bedrock.membership;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flock's group-file format:
 * {@code {"members":[{"address":...,"provider_id":...,"endpoint":...}],"metadata":{"__type__":...,"__config__":"{}"}}}.
 * {@code endpoint} is our addition (the member's membership endpoint, which a joining daemon
 * contacts); readers of Flock files look at {@code address} and {@code provider_id} only.
 */
public final class GroupFile {

    /** What a group file holds: members in rank order and the group type/config metadata. */
    public record Content(List<Member> members, String type, String config) {

        /** The members' endpoints, without empty ones and duplicates. */
        public List<String> endpoints() {
            return members.stream().map(Member::endpoint).filter(e -> !e.isEmpty()).distinct().toList();
        }
    }

    private GroupFile() {
    }

    /**
     * Writes the file atomically (a temporary file beside it, then a rename), so a reader sees
     * the old or the new view, never half of one.
     *
     * @throws BedrockException naming the file when it cannot be written
     */
    public static void write(Path file, List<Member> members, String type, String config) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        for (Member m : members) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("address", m.address());
            entry.put("provider_id", m.providerId());
            if (!m.endpoint().isEmpty()) {
                entry.put("endpoint", m.endpoint());
            }
            list.add(entry);
        }
        doc.put("members", list);
        doc.put("metadata", Map.of("__type__", type, "__config__", config));
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, Json.writePretty(doc), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new BedrockException("Could not write group file \"" + file + "\": " + e);
        }
    }

    /**
     * Reads a group file.
     *
     * @throws BedrockException naming the file when it is missing, unreadable or not a group file
     */
    public static Content read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BedrockException("Group file \"" + file + "\" does not exist");
        } catch (IOException e) {
            throw new BedrockException("Could not read group file \"" + file + "\": " + e);
        }
        Map<String, Object> doc;
        try {
            doc = Json.parseObject(text);
        } catch (RuntimeException e) {
            throw invalid(file, "not a JSON object (" + e.getMessage() + ")");
        }
        if (!(doc.get("members") instanceof List<?> list)) {
            throw invalid(file, "expected {\"members\":[...]}");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            members.add(member(file, list.get(i), i));
        }
        Map<?, ?> meta = doc.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
        Object type = meta.get("__type__");
        Object config = meta.get("__config__");
        return new Content(List.copyOf(members), type instanceof String t ? t : "static",
                config instanceof String c ? c : "{}");
    }

    private static Member member(Path file, Object value, int i) {
        if (!(value instanceof Map<?, ?> m) || !(m.get("address") instanceof String address)) {
            throw invalid(file, "member " + i + " has no \"address\" string");
        }
        int id = m.get("provider_id") instanceof Number n ? n.intValue() : 0;
        String endpoint = m.get("endpoint") instanceof String e ? e : "";
        return new Member(address, id, endpoint);
    }

    private static BedrockException invalid(Path file, String why) {
        return new BedrockException("Invalid group file \"" + file + "\": " + why);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Best effort: a stale temporary file is harmless.
        }
    }
}
