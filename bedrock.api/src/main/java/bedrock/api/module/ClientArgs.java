package bedrock.api.module;

import org.osgi.annotation.versioning.ProviderType;

/** What a factory receives to create a client. */
@ProviderType
public interface ClientArgs extends ComponentArgs {
}
