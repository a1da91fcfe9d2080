package bedrock.module.flock;

import bedrock.api.BedrockException;
import bedrock.membership.GroupFile;
import bedrock.membership.JGroupsMembership;
import bedrock.membership.Member;
import bedrock.membership.Membership;
import bedrock.membership.MembershipOptions;
import bedrock.membership.StaticMembership;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a flock provider's membership by one bootstrap method. {@code self} creates a group of
 * one (a fixed one for {@code static}); {@code join} contacts the members its file lists, on the
 * engine; {@code mpi} is refused, there is no MPI on the JVM.
 */
final class Bootstraps {

    /** All flock groups share one engine group name: the file's endpoints say which group. */
    static final String CLUSTER = "bedrock-flock";

    private final FlockConfig config;
    private final Member self;

    Bootstraps(FlockConfig config, Member self) {
        this.config = config;
        this.self = self;
    }

    Membership open(String method) {
        switch (method) {
            case "mpi":
                throw new BedrockException("[flock] Flock was not built with MPI support", "bootstrap");
            case "self":
                if (!config.group().dynamic()) {
                    return new StaticMembership(List.of(self), 0);
                }
                return JGroupsMembership.start(MembershipOptions.create(CLUSTER, self, host(), config.group().swim(),
                        -1));
            default:
                return join();
        }
    }

    private Membership join() {
        if (!config.group().dynamic()) {
            throw new BedrockException("[flock] A \"static\" group cannot be joined (bootstrap \"join\")",
                    "bootstrap");
        }
        GroupFile.Content content;
        try {
            content = GroupFile.read(Path.of(config.file()));
        } catch (BedrockException e) {
            throw new BedrockException("[flock] " + e.getMessage(), "file", e);
        }
        if (content.endpoints().isEmpty()) {
            throw new BedrockException("[flock] Group file \"" + config.file()
                    + "\" lists no member endpoint to join (it was not written by a dynamic group)", "file");
        }
        try {
            return JGroupsMembership.start(MembershipOptions.join(CLUSTER, self, host(), config.group().swim(), -1,
                    content.endpoints()));
        } catch (BedrockException e) {
            throw new BedrockException("[flock] " + e.getMessage(), "file", e);
        }
    }

    private String host() {
        return MembershipOptions.hostOf(self.address());
    }
}
