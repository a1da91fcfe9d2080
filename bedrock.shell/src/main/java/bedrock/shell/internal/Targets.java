package bedrock.shell.internal;

import bedrock.api.BedrockException;
import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.Server;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Chooses what a command acts on: the running service of this framework with that address (or
 * the only one, when no address is given), else a remote daemon reached through a client. One
 * component tracks the services and the client factory for every command class of this bundle.
 */
@Component(service = Targets.class)
public final class Targets {

    private final List<Server> servers = new CopyOnWriteArrayList<>();
    private volatile ClientFactory clientFactory;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addServer(Server server) {
        servers.add(server);
    }

    void removeServer(Server server) {
        servers.remove(server);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setClientFactory(ClientFactory factory) {
        this.clientFactory = factory;
    }

    void unsetClientFactory(ClientFactory factory) {
        if (clientFactory == factory) {
            clientFactory = null;
        }
    }

    /** The services running in this framework, in the order they appeared. */
    List<Server> servers() {
        return List.copyOf(servers);
    }

    /** The local server with that address, the only local server when address is null, or null. */
    Server local(String address) {
        List<Server> all = servers();
        if (address == null || address.isEmpty()) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new BedrockException(all.isEmpty() ? "No Bedrock service runs in this framework (give an address)"
                    : "Several Bedrock services run here (" + String.join(", ", all.stream().map(Server::address).toList())
                    + "): give an address");
        }
        return all.stream().filter(s -> s.address().equals(address)).findFirst().orElse(null);
    }

    /** Runs {@code action} on a handle to the remote daemon at that address. */
    <T> T remote(String address, Function<ServiceHandle, T> action) {
        ClientFactory factory = clientFactory;
        if (factory == null) {
            throw new BedrockException("No Bedrock client is available to reach " + address);
        }
        try (Client client = factory.create(Client.ClientOptions.defaults())) {
            return action.apply(client.makeServiceHandle(address, Client.BEDROCK_PROVIDER_ID));
        }
    }
}
