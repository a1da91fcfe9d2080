package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.module.GroupHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group ({@code ssg} entry) whose membership comes from its group file: {@code init} starts a
 * group of one and writes the file, {@code join} reads the file and adds this daemon to it,
 * {@code init|join} joins when the file exists. The file uses Flock's format,
 * {@code {"members":[{"address":...,"provider_id":...}]}}, so {@code bedrock-query -f} reads it.
 */
final class StaticGroup implements GroupHandle {

    private final String name;
    private final List<String> members;
    private final String self;

    private StaticGroup(String name, List<String> members, String self) {
        this.name = name;
        this.members = List.copyOf(members);
        this.self = self;
    }

    /** Creates or joins the group an {@code ssg} entry describes. */
    static StaticGroup open(Map<String, Object> entry, String selfAddress, int bedrockId, String path) {
        String name = (String) entry.get("name");
        String bootstrap = String.valueOf(entry.getOrDefault("bootstrap", "init"));
        String file = (String) entry.getOrDefault("group_file", "");
        boolean join = bootstrap.equals("join") || bootstrap.endsWith("|join") && !file.isEmpty()
                && Files.exists(Path.of(file));
        List<String> members = new ArrayList<>();
        if (join) {
            members.addAll(readMembers(Path.of(file), path));
        }
        if (!members.contains(selfAddress)) {
            members.add(selfAddress);
        }
        if (!file.isEmpty()) {
            write(Path.of(file), members, bedrockId, path);
        }
        return new StaticGroup(name, members, selfAddress);
    }

    private static List<String> readMembers(Path file, String path) {
        try {
            Map<String, Object> doc = Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            if (doc.get("members") instanceof List<?> list) {
                for (Object m : list) {
                    if (m instanceof Map<?, ?> member && member.get("address") instanceof String a && !out.contains(a)) {
                        out.add(a);
                    }
                }
            }
            return out;
        } catch (IOException | BedrockException e) {
            throw new BedrockException("Could not read group file \"" + file + "\": " + e.getMessage(),
                    path + "/group_file", e);
        }
    }

    private static void write(Path file, List<String> members, int bedrockId, String path) {
        List<Object> list = new ArrayList<>();
        for (String m : members) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("address", m);
            member.put("provider_id", bedrockId);
            list.add(member);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("members", list);
        doc.put("metadata", Map.of("__type__", "static", "__config__", "{}"));
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Json.writePretty(doc), StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BedrockException("Could not write group file \"" + file + "\": " + e, path + "/group_file", e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> members() {
        return members;
    }

    @Override
    public int rank() {
        return members.indexOf(self);
    }

    @Override
    public String addressOfRank(int rank) {
        if (rank < 0 || rank >= members.size()) {
            throw new BedrockException("Invalid rank " + rank + " in group \"" + name + "\"");
        }
        return members.get(rank);
    }
}
