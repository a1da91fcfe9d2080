package bedrock.runtime.internal.core;

import bedrock.api.BedrockException;
import bedrock.api.module.ProviderInstance;
import java.util.Map;

/**
 * The optional state operations of providers (upstream's {@code ProviderManager::migrateProvider},
 * {@code snapshotProvider}, {@code restoreProvider}): the arguments and the removal of the source
 * are checked before the module is called, the module does the transfer, and Bedrock removes the
 * source afterwards when asked. A module without the operation answers
 * {@code Snapshot not supported by provider type "x"}, naming the provider, with the provider's
 * JSON path in the completed config ({@code /providers/i}).
 *
 * <p>Not thread-safe: the service serialises changes.
 */
public final class ProviderStates {

    private final Components components;
    private final String ownAddress;

    public ProviderStates(Components components, String ownAddress) {
        this.components = components;
        this.ownAddress = ownAddress;
    }

    /** Sends a provider's state to the provider {@code destId} at {@code destAddress}. */
    public void migrate(String locator, String destAddress, int destId, Map<String, Object> options,
            boolean removeSource) {
        ProviderEntry entry = target(locator, removeSource);
        require(destAddress != null && !destAddress.isBlank(), "Migration of provider \"" + entry.name
                + "\": the destination address " + quote(destAddress) + " is empty", "/dest_address");
        require(destId >= 0 && destId <= 65535, "Migration of provider \"" + entry.name
                + "\": destination provider id " + destId + " is out of range (0..65535)", "/dest_provider_id");
        require(!(destAddress.equals(ownAddress) && destId == entry.providerId), "Migration of provider \""
                + entry.name + "\": the destination " + destId + "@" + destAddress + " is the provider itself",
                "/dest_address");
        run(entry, "Migration", "to provider " + destId + " at \"" + destAddress + "\"",
                instance -> instance.migrate(destAddress, destId, options, removeSource));
        removeIf(removeSource, entry);
    }

    /** Writes a provider's state to {@code destPath}. */
    public void snapshot(String locator, String destPath, Map<String, Object> options, boolean removeSource) {
        ProviderEntry entry = target(locator, removeSource);
        requirePath(destPath, "Snapshot", entry, "/dest_path");
        run(entry, "Snapshot", "to \"" + destPath + "\"", instance -> instance.snapshot(destPath, options, removeSource));
        removeIf(removeSource, entry);
    }

    /** Restores a provider's state from {@code srcPath}. */
    public void restore(String locator, String srcPath, Map<String, Object> options) {
        ProviderEntry entry = target(locator, false);
        requirePath(srcPath, "Restore", entry, "/src_path");
        run(entry, "Restore", "from \"" + srcPath + "\"", instance -> instance.restore(srcPath, options));
    }

    /** The provider, refused up front if it cannot be removed afterwards (so nothing is half done). */
    private ProviderEntry target(String locator, boolean removeSource) {
        ProviderEntry entry = components.provider(locator == null ? "" : locator).orElseThrow(() ->
                new BedrockException("Provider with spec " + quote(locator) + " not found", "/provider"));
        if (removeSource && !entry.dependents.isEmpty()) {
            throw new BedrockException("Provider \"" + entry.name + "\" cannot be removed after the operation"
                    + " (remove_source): it is still used by "
                    + String.join(", ", entry.dependents.stream().map(Object::toString).toList()), "/remove_source");
        }
        return entry;
    }

    private interface Operation {
        void run(ProviderInstance instance) throws Exception;
    }

    private void run(ProviderEntry entry, String what, String where, Operation op) {
        String path = "/providers/" + components.providerIndex(entry);
        try {
            op.run(entry.instance);
        } catch (UnsupportedOperationException e) {
            throw new BedrockException(what + " not supported by provider type \"" + entry.type
                    + "\" (provider \"" + entry.name + "\", " + where + ")", path, e);
        } catch (BedrockException e) {
            throw new BedrockException(what + " of provider \"" + entry.name + "\" " + where + " failed: "
                    + e.getMessage(), e.path().orElse(path), e);
        } catch (Exception e) {
            throw new BedrockException(what + " of provider \"" + entry.name + "\" " + where + " failed: " + e,
                    path, e);
        }
    }

    private void removeIf(boolean removeSource, ProviderEntry entry) {
        if (removeSource) {
            components.removeProvider(entry.name);
        }
    }

    private static void requirePath(String value, String what, ProviderEntry entry, String path) {
        require(value != null && !value.isBlank(), what + " of provider \"" + entry.name + "\": the path "
                + quote(value) + " is empty", path);
    }

    private static void require(boolean ok, String message, String path) {
        if (!ok) {
            throw new BedrockException(message, path);
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : bedrock.api.json.Json.write(s);
    }
}
