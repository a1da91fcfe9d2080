package bedrock.runtime.internal.net;

import bedrock.api.ClientException;
import bedrock.api.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads member addresses from a group file in Flock's format ({@code {"members":[{"address":...}]}}). */
final class FlockFile {

    private FlockFile() {
    }

    /**
     * The members' addresses in file order, a member repeating the previous one skipped (a Flock
     * view lists one entry per provider, and one daemon may host several).
     *
     * @throws ClientException naming the file when it cannot be read or is not a group file
     */
    static List<String> addresses(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ClientException("Could not read group file " + file + ": " + e, e);
        }
        Object members;
        try {
            Object root = Json.parse(text);
            members = root instanceof Map<?, ?> map ? map.get("members") : null;
        } catch (RuntimeException e) {
            throw new ClientException("Invalid group file " + file + ": " + e.getMessage(), e);
        }
        if (!(members instanceof List<?> list)) {
            throw new ClientException("Invalid group file " + file + ": expected {\"members\":[...]}",
                    "/members");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object address = list.get(i) instanceof Map<?, ?> member ? member.get("address") : null;
            if (!(address instanceof String a)) {
                throw new ClientException("Invalid group file " + file + ": member " + i
                        + " has no \"address\" string", "/members/" + i + "/address");
            }
            if (out.isEmpty() || !out.get(out.size() - 1).equals(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
