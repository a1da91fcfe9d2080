package bedrock.api.event;

/**
 * A member joined a group of the daemon, is suspected to have failed, or left it
 * ({@link Topics#MEMBER_JOINED}, {@link Topics#MEMBER_SUSPECTED}, {@link Topics#MEMBER_LEFT}).
 *
 * @param address the daemon's address (the member that saw the change)
 * @param group the group's name
 * @param member the address of the member that joined, is suspected, or left
 * @param size the group's size in the new view
 */
public record MemberEvent(String address, String group, String member, int size) implements BedrockEvent {
}
