package bedrock.runtime.internal.server;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.module.GroupHandle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group ({@code ssg} entry) whose membership lives in its group file: {@code init} starts a group
 * of one and writes the file, {@code join} adds this daemon to the file's members, {@code init|join}
 * joins when the file exists. Every member reads the file whenever it needs the view, so ranks (the order
 * in the file) agree across members; leaving removes this daemon from the file. The file uses
 * Flock's format, {@code {"members":[{"address":...,"provider_id":...}]}}, which
 * {@code bedrock-query -f} and group handles read. A group without a file is a group of one.
 *
 * <p>Membership is declared, not detected: a daemon that dies without leaving stays listed.
 */
final class StaticGroup implements GroupHandle {

    private final String name;
    private final Path file;
    private final String self;
    private final int bedrockId;
    private List<String> members;

    private StaticGroup(String name, Path file, String self, int bedrockId, List<String> members) {
        this.name = name;
        this.file = file;
        this.self = self;
        this.bedrockId = bedrockId;
        this.members = List.copyOf(members);
    }

    /** Creates or joins the group an {@code ssg} entry describes. */
    static StaticGroup open(Map<String, Object> entry, String selfAddress, int bedrockId, String path) {
        String name = (String) entry.get("name");
        Path file = fileOf(entry);
        List<String> members = new ArrayList<>();
        locked(file, path, () -> {
            if (joins(entry)) {
                members.addAll(readMembers(file, path));
            }
            if (!members.contains(selfAddress)) {
                members.add(selfAddress);
            }
            if (file != null) {
                write(file, members, bedrockId, path);
            }
        });
        return new StaticGroup(name, file, selfAddress, bedrockId, members);
    }

    /**
     * Runs a read-modify-write of the group file holding a lock on {@code <file>.lock}, so daemons
     * joining or leaving at the same moment do not lose each other's change.
     */
    private static void locked(Path file, String path, Runnable update) {
        if (file == null) {
            update.run();
            return;
        }
        Path lock = file.resolveSibling(file.getFileName() + ".lock");
        // A file lock excludes other processes only: services of this JVM take turns here first.
        synchronized (StaticGroup.class) {
            lockFile(lock, file, path, update);
        }
    }

    private static void lockFile(Path lock, Path file, String path, Runnable update) {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lock,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = channel.lock()) {
            update.run();
        } catch (IOException e) {
            throw new BedrockException("Could not lock group file \"" + file + "\": " + e, path + "/group_file", e);
        }
    }

    /**
     * The {@code {rank, size}} this daemon will have in the group an entry describes, before the
     * group is opened: what {@code $__ssg__} holds for {@code __if__} conditions in the same spec.
     */
    static Map<String, Object> predict(Map<String, Object> entry) {
        Path file = fileOf(entry);
        int existing = 0;
        if (joins(entry)) {
            try {
                existing = readMembers(file, "").size();
            } catch (BedrockException unreadable) {
                existing = 0;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rank", (long) existing);
        out.put("size", (long) existing + 1);
        return out;
    }

    private static Path fileOf(Map<String, Object> entry) {
        Object file = entry.get("group_file");
        return file instanceof String s && !s.isEmpty() ? Path.of(s) : null;
    }

    private static boolean joins(Map<String, Object> entry) {
        String bootstrap = String.valueOf(entry.getOrDefault("bootstrap", "init"));
        Path file = fileOf(entry);
        return bootstrap.equals("join") || bootstrap.endsWith("|join") && file != null && Files.exists(file);
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
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BedrockException("Could not write group file \"" + file + "\": " + e, path + "/group_file", e);
        }
    }

    /** Removes this daemon from the group file (when it is still listed there). */
    synchronized void leave() {
        if (file == null || !Files.exists(file)) {
            return;
        }
        locked(file, "", () -> {
            List<String> current = new ArrayList<>(readMembers(file, ""));
            if (current.remove(self)) {
                write(file, current, bedrockId, "");
            }
        });
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized List<String> members() {
        // Read every time: the file is small, and modification times are too coarse to tell two
        // quick joins apart.
        if (file != null && Files.exists(file)) {
            try {
                members = List.copyOf(readMembers(file, ""));
            } catch (BedrockException unreadable) {
                // Keep the last view: the file is replaced atomically, so this is transient.
            }
        }
        return members;
    }

    @Override
    public int rank() {
        return members().indexOf(self);
    }

    @Override
    public String addressOfRank(int rank) {
        List<String> view = members();
        if (rank < 0 || rank >= view.size()) {
            throw new BedrockException("Invalid rank " + rank + " in group \"" + name + "\" (group has "
                    + view.size() + " members)");
        }
        return view.get(rank);
    }
}
