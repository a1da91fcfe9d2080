package bedrock.membership;

import java.util.Collection;
import java.util.function.Consumer;
import org.jgroups.Address;
import org.jgroups.Event;
import org.jgroups.stack.Protocol;

/**
 * Sits between the failure detectors (FD_SOCK2, FD_ALL3) and VERIFY_SUSPECT2 and reports every
 * suspicion they raise, before it is confirmed: SWIM's "suspected" state. It only watches; the
 * event goes on up unchanged, and it adds no header.
 */
final class SuspectTap extends Protocol {

    private final Consumer<Address> suspects;

    SuspectTap(Consumer<Address> suspects) {
        this.suspects = suspects;
    }

    @Override
    public Object up(Event evt) {
        if (evt.getType() == Event.SUSPECT) {
            Object arg = evt.getArg();
            if (arg instanceof Collection<?> many) {
                many.forEach(a -> report(a));
            } else {
                report(arg);
            }
        }
        return up_prot.up(evt);
    }

    private void report(Object a) {
        if (a instanceof Address address) {
            suspects.accept(address);
        }
    }
}
