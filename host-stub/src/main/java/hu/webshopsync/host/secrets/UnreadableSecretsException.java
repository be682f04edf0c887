package hu.webshopsync.host.secrets;

import java.util.List;

/**
 * Stored secrets this key does not open: the database was copied from another computer or user, or the
 * key file was lost or replaced. The user re-enters the secrets; nothing else is lost.
 */
public final class UnreadableSecretsException extends RuntimeException {

    private final String moduleId;
    private final List<String> keys;

    /**
     * Creates the exception.
     *
     * @param moduleId the module
     * @param keys     the secret settings that did not open
     */
    public UnreadableSecretsException(String moduleId, List<String> keys) {
        super("The stored secrets " + keys + " of module " + moduleId
                + " cannot be opened with this key file; re-enter the secrets");
        this.moduleId = moduleId;
        this.keys = List.copyOf(keys);
    }

    /**
     * The module.
     *
     * @return its id
     */
    public String moduleId() {
        return moduleId;
    }

    /**
     * The secret settings that did not open.
     *
     * @return their keys
     */
    public List<String> keys() {
        return keys;
    }
}
