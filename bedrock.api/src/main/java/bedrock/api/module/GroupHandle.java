package bedrock.api.module;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** A group of daemons (an {@code ssg} entry), whose members are addressed by rank. */
@ProviderType
public interface GroupHandle {

    /** The group's name. */
    String name();

    /** Member addresses in rank order (identical on every member). */
    List<String> members();

    /** This daemon's rank in the group, or -1 if it is not a member. */
    int rank();

    /** Number of members. */
    default int size() {
        return members().size();
    }

    /** The address of the member with that rank. */
    String addressOfRank(int rank);
}
