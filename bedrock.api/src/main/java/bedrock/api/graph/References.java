package bedrock.api.graph;

import bedrock.api.graph.DependencyGraph.Kind;
import bedrock.api.graph.DependencyGraph.Node;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a dependency reference of a configuration to a node id, in the grammar of the spec
 * format ({@code name}, {@code type:client}, {@code type:id}, {@code [client->]name@location},
 * {@code [client->]type:id@location}). A handle whose location is {@code local} or the service's
 * own address points to the local provider; any other location to a remote node.
 */
final class References {

    /** Where a reference points; {@code client} is the client of a handle, or null. */
    record Target(String nodeId, Kind kind, String name, String detail, String client, boolean handle) {
    }

    private static final String ID = "[A-Za-z_][A-Za-z0-9_]*";
    private static final Pattern GRAMMAR = Pattern.compile(
            "(?:(" + ID + ")->)?(" + ID + ")(?::(client|[0-9]+))?(?:@(.+))?");
    private static final List<String> BY_NAME = List.of("provider", "client", "pool", "xstream", "abt_io", "ssg");

    private final String selfAddress;
    private final List<Map<String, Object>> providers;
    private final List<Map<String, Object>> clients;

    References(String selfAddress, List<Map<String, Object>> providers, List<Map<String, Object>> clients) {
        this.selfAddress = selfAddress;
        this.providers = providers;
        this.clients = clients;
    }

    Target resolve(String ref, Map<String, Node> nodes) {
        Matcher m = GRAMMAR.matcher(ref);
        if (!m.matches()) {
            return missing(ref, null, false);
        }
        String client = m.group(1);
        String name = m.group(2);
        String qualifier = m.group(3);
        String location = m.group(4);
        if ("client".equals(qualifier)) {
            return firstClient(name, ref);
        }
        String locator = qualifier == null ? name : name + ":" + qualifier;
        boolean handle = location != null;
        if (handle && !"local".equals(location) && !location.equals(selfAddress)) {
            String remote = locator + "@" + location;
            return new Target("remote:" + remote, Kind.REMOTE, remote, "", client, true);
        }
        if (qualifier != null) {
            return localProvider(name, qualifier, ref, client, handle);
        }
        for (String kind : handle ? List.of("provider") : BY_NAME) {
            Node node = nodes.get(kind + ":" + name);
            if (node != null) {
                return new Target(node.id(), node.kind(), node.name(), node.detail(), client, handle);
            }
        }
        return missing(ref, client, handle);
    }

    private Target firstClient(String type, String ref) {
        for (Map<String, Object> c : clients) {
            if (type.equals(c.get("type"))) {
                String name = Shapes.text(c.get("name"));
                return new Target("client:" + name, Kind.CLIENT, name, type, null, false);
            }
        }
        return missing(ref, null, false);
    }

    private Target localProvider(String type, String id, String ref, String client, boolean handle) {
        for (Map<String, Object> p : providers) {
            if (type.equals(p.get("type")) && id.equals(Shapes.text(p.get("provider_id")))) {
                String name = Shapes.text(p.get("name"));
                return new Target("provider:" + name, Kind.PROVIDER, name, type + ":" + id, client, handle);
            }
        }
        return missing(ref, client, handle);
    }

    private static Target missing(String ref, String client, boolean handle) {
        return new Target("missing:" + ref, Kind.MISSING, ref, "", client, handle);
    }
}
