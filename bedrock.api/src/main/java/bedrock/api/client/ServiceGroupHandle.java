package bedrock.api.client;

import bedrock.api.ClientException;
import bedrock.api.server.QueryResult;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A handle to a group of services addressed by rank. Broadcast operations send every request in
 * parallel, wait for all, and raise the first error only after all have completed.
 */
@ProviderType
public interface ServiceGroupHandle {

    /** The client this handle belongs to. */
    Client client();

    /** Re-reads the membership from the group file; error for a handle made from addresses. */
    void refresh();

    /** Number of members. */
    int size();

    /** The member of that rank; {@link ClientException} {@code Invalid index <i>} if out of range. */
    ServiceHandle get(int rank);

    /** Every member's configuration, by address, in rank order. */
    Map<String, Map<String, Object>> config();

    CompletableFuture<Map<String, Map<String, Object>>> configAsync();

    /** Every member's query result, by address, in rank order. */
    Map<String, QueryResult> query(String script);

    CompletableFuture<Map<String, QueryResult>> queryAsync(String script);
}
