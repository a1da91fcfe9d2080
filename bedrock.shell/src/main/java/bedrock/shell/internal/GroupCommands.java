package bedrock.shell.internal;

import bedrock.api.server.Server;
import org.apache.felix.service.command.Descriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code bedrock:group}: the current view of each group ({@code ssg} entry) of a service, local or
 * remote, as JSON: {@code {"<group>": {"rank": <this daemon's rank>, "size": n, "members": [address
 * in rank order, ...]}}}. It is {@code $__ssg__} read at that moment.
 */
@Component(service = GroupCommands.class, property = {"osgi.command.scope=bedrock", "osgi.command.function=group"})
public final class GroupCommands {

    private static final String VIEWS = "return $__ssg__;";

    @Reference
    private Targets targets;

    @Descriptor("the view of each group of the only local service: rank, size and members in rank order")
    public String group() {
        return targets.local(null).query(VIEWS).json();
    }

    @Descriptor("the view of each group of the service at an address: rank, size and members in rank order")
    public String group(@Descriptor("address") String address) {
        Server local = targets.local(address);
        return local != null ? local.query(VIEWS).json() : targets.remote(address, h -> h.query(VIEWS).json());
    }
}
