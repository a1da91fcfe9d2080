package bedrock.shell.internal;

import bedrock.api.BedrockException;
import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.client.ServiceHandle;
import bedrock.api.server.Server;
import java.util.List;
import java.util.function.Supplier;

/**
 * Chooses what a command acts on: the running service of this framework with that address (or
 * the only one, when no address is given), else a remote daemon reached through a client.
 */
final class Targets {

    private final Supplier<List<Server>> servers;
    private final Supplier<ClientFactory> clients;

    Targets(Supplier<List<Server>> servers, Supplier<ClientFactory> clients) {
        this.servers = servers;
        this.clients = clients;
    }

    /** The local server with that address, the only local server when address is null, or null. */
    Server local(String address) {
        List<Server> all = servers.get();
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
    <T> T remote(String address, java.util.function.Function<ServiceHandle, T> action) {
        ClientFactory factory = clients.get();
        if (factory == null) {
            throw new BedrockException("No Bedrock client is available to reach " + address);
        }
        try (Client client = factory.create(Client.ClientOptions.defaults())) {
            return action.apply(client.makeServiceHandle(address, Client.BEDROCK_PROVIDER_ID));
        }
    }
}
