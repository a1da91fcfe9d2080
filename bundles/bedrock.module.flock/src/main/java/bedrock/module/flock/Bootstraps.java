package bedrock.module.flock;

import bedrock.api.BedrockException;
import bedrock.membership.Member;
import bedrock.membership.Membership;
import bedrock.membership.StaticMembership;
import java.util.List;

/** Opens a flock provider's membership by one bootstrap method: {@code self}, {@code join} or {@code mpi}. */
final class Bootstraps {

    private final FlockConfig config;
    private final Member self;
    private final String name;

    Bootstraps(FlockConfig config, Member self, String name) {
        this.config = config;
        this.self = self;
        this.name = name;
    }

    Membership open(String method) {
        switch (method) {
            case "mpi":
                throw new BedrockException("[flock] Flock was not built with MPI support", "bootstrap");
            case "self":
                if (!config.group().dynamic()) {
                    return new StaticMembership(List.of(self), 0);
                }
                throw new BedrockException("[flock] group type \"" + config.groupType() + "\" needs the membership engine",
                        "group/type");
            default:
                if (!config.group().dynamic()) {
                    throw new BedrockException("[flock] A \"static\" group cannot be joined (bootstrap \"join\")",
                            "bootstrap");
                }
                throw new BedrockException("[flock] joining needs the membership engine", "bootstrap");
        }
    }
}
