package bedrock.api.server;

import bedrock.api.BedrockException;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Starts Bedrock servers. Registered as an OSGi service by the runtime bundle; found through
 * {@link java.util.ServiceLoader} by {@link Server#start} outside OSGi.
 */
@ProviderType
public interface ServerFactory {

    /**
     * Starts a server from a spec and waits until it serves.
     *
     * @param address where to listen: a protocol ({@code tcp}, {@code na+sm}) or an address
     *     ({@code tcp://127.0.0.1:5000}); null or empty uses the spec's {@code margo.mercury.address},
     *     else {@code tcp}
     * @param spec the spec text, JSON unless {@code options} say Jx9
     * @param options how to read the spec (format, Jx9 parameters, the spec's folder)
     * @throws BedrockException if the spec is invalid or anything fails to start; then nothing
     *     is left running
     */
    Server create(String address, String spec, SpecOptions options);

    /** Starts a server from a JSON-like map spec. */
    default Server create(String address, Map<String, ?> spec) {
        return create(address, bedrock.api.json.Json.write(spec), SpecOptions.json());
    }

    /** Starts a server from a spec file; a {@code .jx9} file is read as a Jx9 script. */
    default Server createFromFile(String address, Path file) {
        return create(address, SpecOptions.read(file), SpecOptions.forFile(file));
    }
}
