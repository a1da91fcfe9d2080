package bedrock.module.flock;

import bedrock.api.BedrockException;
import bedrock.api.json.Json;
import bedrock.api.module.ProviderArgs;
import bedrock.api.module.ProviderInstance;
import bedrock.membership.GroupFileKeeper;
import bedrock.membership.Member;
import bedrock.membership.Membership;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A flock provider: a member of one group. It bootstraps with the first method of its
 * {@code bootstrap} list that works (earlier failures are logged as warnings, the last one is
 * raised), then keeps its {@code file}, if any, following the view.
 */
public final class FlockProvider implements ProviderInstance {

    private static final Logger LOG = Logger.getLogger(FlockProvider.class.getName());

    private final FlockConfig config;
    private final Membership membership;

    private FlockProvider(FlockConfig config, Membership membership) {
        this.config = config;
        this.membership = membership;
    }

    static FlockProvider start(ProviderArgs args) {
        FlockConfig config = FlockConfig.parse(args.config());
        Member self = new Member(args.engine().address(), args.providerId(), "");
        Bootstraps bootstraps = new Bootstraps(config, self);
        BedrockException last = null;
        for (String method : config.bootstrap()) {
            try {
                Membership m = bootstraps.open(method);
                return attachFile(config, m);
            } catch (BedrockException e) {
                if (last != null || config.bootstrap().size() > 1) {
                    LOG.warning("flock provider \"" + args.name() + "\": bootstrap " + Json.write(method)
                            + " failed: " + e.getMessage());
                }
                last = e;
            }
        }
        throw last;
    }

    private static FlockProvider attachFile(FlockConfig config, Membership m) {
        if (!config.file().isEmpty()) {
            try {
                GroupFileKeeper.attach(m, Path.of(config.file()), config.groupType(),
                        Json.write(config.group().toMap()));
            } catch (BedrockException e) {
                m.close();
                throw new BedrockException("[flock] " + e.getMessage(), "file", e);
            }
        }
        return new FlockProvider(config, m);
    }

    /** The members' addresses in rank order. */
    public List<String> members() {
        return membership.view().stream().map(Member::address).toList();
    }

    /** This provider's rank in its group. */
    public int rank() {
        return membership.rank();
    }

    @Override
    public Map<String, Object> config() {
        Map<String, Object> out = new LinkedHashMap<>(config.effective());
        out.put("view", Map.of("rank", (long) membership.rank(), "members", members()));
        return out;
    }

    /** Leaves the group at once (the others see this member go without waiting for detection). */
    @Override
    public void close() {
        membership.close();
    }
}
