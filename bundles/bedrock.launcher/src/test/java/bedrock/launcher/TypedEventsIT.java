package bedrock.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bedrock.api.client.Client;
import bedrock.api.client.ClientFactory;
import bedrock.api.event.EntityEvent;
import bedrock.api.event.EventBatch;
import bedrock.api.server.Server;
import bedrock.api.server.ServerFactory;
import bedrock.api.server.SpecOptions;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Runtime events on Aries' Typed Events bus inside Felix: a whiteboard {@code TypedEventHandler}
 * registered by another party gets the runtime's own event records; without the bus bundles the
 * runtime still works and its journal still fills.
 */
class TypedEventsIT {

    private static final String BUS_API = "org.osgi.service.typedevent";

    @Test
    void aWhiteboardHandlerReceivesTheRuntimesRecords() throws Exception {
        try (EmbeddedFramework framework = EmbeddedFramework.start(BedrockHome.bundles(Distribution.home()), Map.of())) {
            BlockingQueue<Object[]> received = new LinkedBlockingQueue<>();
            // The test's class path has no bus API: implement the handler interface the framework loaded.
            Class<?> handlerType = bundle(framework, BUS_API).loadClass("org.osgi.service.typedevent.TypedEventHandler");
            Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "notify" -> received.add(args);
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "test handler";
                        default -> null;
                    });
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("event.topics", "bedrock/pool/*");
            props.put("event.type", EntityEvent.class.getName());
            framework.context().registerService(handlerType.getName(), handler, props);
            ServerFactory factory = framework.awaitService(ServerFactory.class, Duration.ofSeconds(10));
            try (Server server = factory.create("tcp", "{}", SpecOptions.json())) {
                server.pools().create(Map.of("name", "watched"));
                Object[] event = awaitPool(received, "watched");
                assertEquals("bedrock/pool/added", event[0]);
                EntityEvent pool = (EntityEvent) event[1];
                assertEquals(server.address(), pool.address());
                assertEquals("pool", pool.kind());
            }
        }
    }

    @Test
    void withoutTheBusTheRuntimeRunsAndItsJournalFills() throws Exception {
        List<Path> jars = EmbeddedFramework.jarsIn(BedrockHome.bundles(Distribution.home())).stream()
                .filter(p -> !p.getFileName().toString().contains("typedevent")).toList();
        try (EmbeddedFramework framework = EmbeddedFramework.start(jars, Map.of())) {
            for (Bundle b : framework.context().getBundles()) {
                assertTrue(!BUS_API.equals(b.getSymbolicName()), "no bus API installed");
            }
            ServerFactory factory = framework.awaitService(ServerFactory.class, Duration.ofSeconds(10));
            try (Server server = factory.create("tcp", "{}", SpecOptions.json());
                    Client client = framework.awaitService(ClientFactory.class, Duration.ofSeconds(10))
                            .create(Client.ClientOptions.defaults())) {
                server.pools().create(Map.of("name", "journaled"));
                EventBatch batch = client.makeServiceHandle(server.address(), 0).pollEvents(0, Duration.ZERO);
                assertTrue(batch.events().stream().anyMatch(e -> e.topic().equals("bedrock/pool/added")
                        && "journaled".equals(e.data().get("name"))), batch.toString());
            }
        }
    }

    private static Object[] awaitPool(BlockingQueue<Object[]> received, String name) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Object[] event = received.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event[1] instanceof EntityEvent e && e.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("no event for pool " + name + " within 10 s");
    }

    private static Bundle bundle(EmbeddedFramework framework, String name) {
        for (Bundle b : framework.context().getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + name);
    }
}
