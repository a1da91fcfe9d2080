package bedrock.runtime.internal.net;

/**
 * What a daemon's management RPCs demand from callers.
 *
 * <p>The credential is not part of the spec on purpose: the spec is echoed by
 * {@code bedrock_get_config}, which anyone may call. It comes from the daemon's launcher (the
 * {@value #CREDENTIAL_PROPERTY} system property by default).
 *
 * @param credential required by mutating RPCs (add/remove anything, load a module, shutdown);
 *     null or empty: none required. Reading (config, query, lookup) is always allowed.
 * @param modules which module locations {@code bedrock_load_module} accepts
 */
public record NetSecurity(String credential, ModuleLocationPolicy modules) {

    /** System property holding the daemon's credential. */
    public static final String CREDENTIAL_PROPERTY = "bedrock.credential";

    public NetSecurity {
        java.util.Objects.requireNonNull(modules, "modules");
    }

    /** No credential, default module locations. */
    public static NetSecurity open() {
        return new NetSecurity(null, ModuleLocationPolicy.defaults());
    }

    /** From the {@value #CREDENTIAL_PROPERTY} and {@link ModuleLocationPolicy} system properties. */
    public static NetSecurity fromSystemProperties() {
        return of(System.getProperty(CREDENTIAL_PROPERTY));
    }

    /** This credential and the {@link ModuleLocationPolicy} of the system properties. */
    public static NetSecurity of(String credential) {
        boolean set = credential != null && !credential.isEmpty();
        return new NetSecurity(credential, ModuleLocationPolicy.fromSystemProperties(set));
    }

    /** Whether mutating RPCs need a credential. */
    public boolean requiresCredential() {
        return credential != null && !credential.isEmpty();
    }

    @Override
    public String toString() {
        // Never print the secret.
        return "NetSecurity[credential=" + (requiresCredential() ? "<set>" : "<none>") + ", " + modules + "]";
    }
}
