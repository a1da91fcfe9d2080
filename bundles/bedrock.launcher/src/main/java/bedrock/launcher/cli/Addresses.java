package bedrock.launcher.cli;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daemons a client command talks to: the {@code -a} addresses, then the members of the
 * {@code -f} group file ({@code {"members":[{"address":...}]}}), without duplicates, in order.
 */
final class Addresses {

    private Addresses() {
    }

    /**
     * Collects the addresses.
     *
     * @param protocol the positional protocol; prefixed to an address given without one
     * @throws UsageException if there is neither an address nor a group file, or the file is bad
     */
    static List<String> collect(String protocol, List<String> addresses, Path groupFile) {
        if ((addresses == null || addresses.isEmpty()) && groupFile == null) {
            throw new UsageException("no address or flock file specified");
        }
        Set<String> out = new LinkedHashSet<>();
        if (addresses != null) {
            for (String address : addresses) {
                out.add(qualify(protocol, address.trim()));
            }
        }
        if (groupFile != null) {
            for (String address : members(groupFile)) {
                out.add(qualify(protocol, address));
            }
        }
        return List.copyOf(out);
    }

    private static String qualify(String protocol, String address) {
        if (address.contains("://") || protocol == null || protocol.isBlank() || protocol.contains("://")) {
            return address;
        }
        return protocol + "://" + address;
    }

    private static List<String> members(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("could not read group file " + file);
        }
        List<String> out = new ArrayList<>();
        try {
            Object members = Json.parseObject(text).get("members");
            if (!(members instanceof List<?> list)) {
                throw new UsageException("group file " + file + " has no \"members\" array");
            }
            for (Object member : list) {
                if (!(member instanceof Map<?, ?> m) || !(m.get("address") instanceof String a)) {
                    throw new UsageException("group file " + file
                            + ": every member needs an \"address\" string, got " + Json.write(member));
                }
                out.add(a);
            }
        } catch (BedrockException e) {
            throw new UsageException("group file " + file + " is not valid JSON: " + e.getMessage());
        }
        return out;
    }
}
