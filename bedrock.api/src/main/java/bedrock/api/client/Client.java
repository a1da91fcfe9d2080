package bedrock.api.client;

import bedrock.api.ClientException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A connection manager to Bedrock daemons. One {@code Client} shares one connection per daemon
 * address among all its handles. Thread-safe. Close it when done.
 */
@ProviderType
public interface Client extends AutoCloseable {

    /** The default provider id of Bedrock itself on a daemon. */
    int BEDROCK_PROVIDER_ID = 0;

    /** A client with default settings (calls time out after 30 s). */
    static Client create() {
        return factory().create(ClientOptions.defaults());
    }

    /** A client with these settings. */
    static Client create(ClientOptions options) {
        return factory().create(options);
    }

    /** The first {@link ClientFactory} on the class path (the runtime jar provides one). */
    static ClientFactory factory() {
        return ServiceLoader.load(ClientFactory.class, Client.class.getClassLoader()).findFirst()
                .or(() -> ServiceLoader.load(ClientFactory.class).findFirst())
                .orElseThrow(() -> new ClientException("No Bedrock client implementation found: put "
                        + "the bedrock.runtime jar on the class path, or use the ClientFactory service"));
    }

    /** A handle to the Bedrock service at that address, served by that provider id (usually 0). */
    ServiceHandle makeServiceHandle(String address, int providerId);

    /** {@link #makeServiceHandle(String, int)} with provider id 0. */
    default ServiceHandle makeServiceHandle(String address) {
        return makeServiceHandle(address, BEDROCK_PROVIDER_ID);
    }

    /** A handle to several services, addressed by rank (their order in the list). */
    ServiceGroupHandle makeServiceGroupHandle(List<String> addresses, int providerId);

    /**
     * A handle to the members listed in a group file ({@code {"members":[{"address":...}]}}), which
     * {@link ServiceGroupHandle#refresh()} re-reads.
     */
    ServiceGroupHandle makeServiceGroupHandleFromFile(Path groupFile, int providerId);

    /** Closes every connection. Pending calls fail. Idempotent. */
    @Override
    void close();

    /**
     * Client settings.
     *
     * @param timeout how long a call may take
     * @param credential the credential sent with every call to daemons that require one, or null
     */
    record ClientOptions(Duration timeout, String credential) {

        /** 30 s timeout, no credential. */
        public static ClientOptions defaults() {
            return new ClientOptions(Duration.ofSeconds(30), null);
        }

        /** The same options with a credential. */
        public ClientOptions withCredential(String value) {
            return new ClientOptions(timeout, value);
        }

        /** The same options with another timeout. */
        public ClientOptions withTimeout(Duration value) {
            return new ClientOptions(value, credential);
        }
    }
}
