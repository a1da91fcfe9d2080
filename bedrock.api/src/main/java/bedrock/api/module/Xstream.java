package bedrock.api.module;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** An execution stream: a thread running a scheduler over its pools, in order. */
@ProviderType
public interface Xstream {

    /** The xstream's name, unique in its daemon. */
    String name();

    /** The scheduler type: {@code basic}, {@code basic_wait}, {@code prio}, {@code randws} or {@code default}. */
    String schedulerType();

    /** The pools this xstream drains, in scheduler order. */
    List<Pool> pools();
}
