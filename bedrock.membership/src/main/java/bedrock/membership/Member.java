package bedrock.membership;

import java.util.Objects;

/**
 * One member of a group as the group file lists it: the daemon's Bedrock address, the provider id
 * to contact there, and the member's group endpoint ({@code host:port} of its membership engine,
 * {@code ""} when it has none, e.g. in a static group).
 */
public record Member(String address, int providerId, String endpoint) {

    /** Checks the fields; {@code endpoint} may be empty, never null. */
    public Member {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
