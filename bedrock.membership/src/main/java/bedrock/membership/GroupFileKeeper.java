package bedrock.membership;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a group file following the view: on every view change, the coordinator (one member per
 * view) rewrites it atomically. A failed write is logged and retried at the next view: the group
 * keeps running when its file cannot be written.
 */
public final class GroupFileKeeper implements Consumer<List<Member>> {

    private static final Logger LOG = Logger.getLogger(GroupFileKeeper.class.getName());

    private final Membership membership;
    private final Path file;
    private final String type;
    private final String config;

    private GroupFileKeeper(Membership membership, Path file, String type, String config) {
        this.membership = membership;
        this.file = file;
        this.type = type;
        this.config = config;
    }

    /**
     * Writes the current view to {@code file} when this member is the coordinator, and every
     * later one. The first write happens here, so its error reaches the caller.
     */
    public static void attach(Membership membership, Path file, String type, String config) {
        GroupFileKeeper keeper = new GroupFileKeeper(membership, file, type, config);
        if (membership.coordinator()) {
            GroupFile.write(file, membership.view(), type, config);
        }
        membership.onView(keeper);
    }

    @Override
    public void accept(List<Member> view) {
        if (!membership.coordinator() || membership.rank() < 0) {
            return;
        }
        try {
            GroupFile.write(file, view, type, config);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e.getMessage());
        }
    }
}
