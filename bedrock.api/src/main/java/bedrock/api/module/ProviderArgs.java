package bedrock.api.module;

import org.osgi.annotation.versioning.ProviderType;

/** What a factory receives to create a provider. */
@ProviderType
public interface ProviderArgs extends ComponentArgs {

    /** The provider id, already assigned when the spec asked Bedrock to choose (0..65534). */
    int providerId();

    /** The pool on which the provider's RPC handlers and work must run. */
    Pool pool();
}
