package hu.webshopsync.api;

/**
 * The host's registry of modules: which are active and with what settings.
 */
public interface ModuleRegistry {

    /**
     * Whether a module is active.
     *
     * @param moduleId the module's identifier, e.g. {@code webshop}
     * @return true while the module is activated
     */
    boolean isActive(String moduleId);

    /**
     * The stored settings of a module, with defaults of its definitions filled in for absent values.
     *
     * @param moduleId the module's identifier
     * @return the settings; empty settings when the module has never been activated
     */
    ModuleSettings settings(String moduleId);
}
