package bedrock.runtime.internal.event;

import bedrock.api.event.MemberEvent;
import bedrock.api.event.Topics;
import java.util.ArrayList;
import java.util.List;

/**
 * The events between two views of a group: who joined (in the new view's order), then who left.
 * Any membership engine calls this with the views it sees; a failure detector reports suspicions
 * with {@link #suspected}. Stateless.
 */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** The joins and leaves that turn view {@code before} into view {@code after} of {@code group}. */
    public static List<Published> between(String address, String group, List<String> before, List<String> after) {
        List<Published> out = new ArrayList<>();
        for (String member : after) {
            if (!before.contains(member)) {
                out.add(new Published(Topics.MEMBER_JOINED, new MemberEvent(address, group, member, after.size())));
            }
        }
        for (String member : before) {
            if (!after.contains(member)) {
                out.add(new Published(Topics.MEMBER_LEFT, new MemberEvent(address, group, member, after.size())));
            }
        }
        return out;
    }

    /** A member of {@code group} (of {@code size} members) is suspected to have failed. */
    public static Published suspected(String address, String group, String member, int size) {
        return new Published(Topics.MEMBER_SUSPECTED, new MemberEvent(address, group, member, size));
    }
}
