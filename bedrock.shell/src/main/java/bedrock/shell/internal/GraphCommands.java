package bedrock.shell.internal;

import bedrock.api.graph.DependencyGraph;
import bedrock.api.server.Server;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code bedrock:graph [--svg] [ADDRESS]}: the dependency graph of a service (the only local one,
 * or the one at an address, local or remote) in Graphviz DOT, or as an SVG document.
 */
@Component(service = GraphCommands.class, property = {"osgi.command.scope=bedrock", "osgi.command.function=graph"})
public final class GraphCommands {

    @Reference
    private Targets targets;

    @Descriptor("the dependency graph of the only local service, in DOT (or SVG with --svg)")
    public String graph(@Descriptor("print SVG instead of DOT")
            @Parameter(names = "--svg", presentValue = "true", absentValue = "false") boolean svg) {
        return render(targets.local(null).config(), svg);
    }

    @Descriptor("the dependency graph of the service at an address, in DOT (or SVG with --svg)")
    public String graph(@Descriptor("print SVG instead of DOT")
            @Parameter(names = "--svg", presentValue = "true", absentValue = "false") boolean svg,
            @Descriptor("address") String address) {
        Server local = targets.local(address);
        Map<String, Object> config = local != null ? local.config() : targets.remote(address, h -> h.config());
        return render(config, svg);
    }

    private static String render(Map<String, Object> config, boolean svg) {
        DependencyGraph graph = DependencyGraph.of(config);
        return svg ? graph.toSvg() : graph.toDot();
    }
}
