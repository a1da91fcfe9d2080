package bedrock.membership;

import java.util.List;
import java.util.function.Consumer;

/** A membership fixed at creation (Flock's {@code static} backend): no engine, no failure detection. */
public final class StaticMembership implements Membership {

    private final List<Member> members;
    private final int self;
    private volatile boolean closed;

    /** A group of these members, of which {@code members.get(self)} is this one. */
    public StaticMembership(List<Member> members, int self) {
        this.members = List.copyOf(members);
        this.self = self;
    }

    @Override
    public List<Member> view() {
        return members;
    }

    @Override
    public int rank() {
        return closed ? -1 : self;
    }

    @Override
    public boolean coordinator() {
        return self == 0;
    }

    @Override
    public void onView(Consumer<List<Member>> listener) {
        listener.accept(members);
    }

    @Override
    public void close() {
        closed = true;
    }
}
