package hu.webshopsync.host.modules;

import hu.webshopsync.api.ModuleRegistry;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.host.secrets.UnreadableSecretsException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The module registry plugins see: stored values merged with the module definition's defaults.
 */
public final class JdbcModuleRegistry implements ModuleRegistry {

    private final ModuleStore store;
    private final ModuleDefinitions definitions;

    /**
     * Creates the registry.
     *
     * @param store       the stored modules
     * @param definitions the loaded modules' setting definitions, for defaults
     */
    public JdbcModuleRegistry(ModuleStore store, ModuleDefinitions definitions) {
        this.store = store;
        this.definitions = definitions;
    }

    @Override
    public boolean isActive(String moduleId) {
        return store.isActive(moduleId);
    }

    /**
     * {@inheritDoc}
     *
     * @throws UnreadableSecretsException when a stored secret does not open with this key file
     */
    @Override
    public ModuleSettings settings(String moduleId) {
        return store.find(moduleId)
                .map(stored -> {
                    if (!stored.unreadable().isEmpty()) {
                        throw new UnreadableSecretsException(moduleId, stored.unreadable());
                    }
                    return withDefaults(definitions.definitions(moduleId), stored.values(), stored.secrets());
                })
                .orElseGet(ModuleSettings::empty);
    }

    /**
     * The stored settings as far as they open: a re-activation after the key file was lost must still
     * see the plain settings (the old address), while the unreadable secrets are about to be given again.
     *
     * @param moduleId the module
     * @return the settings, without the secrets this key file cannot open
     */
    public ModuleSettings readableSettings(String moduleId) {
        return store.find(moduleId)
                .map(stored -> withDefaults(definitions.definitions(moduleId), stored.values(),
                        stored.unreadable().isEmpty() ? stored.secrets() : Map.of()))
                .orElseGet(ModuleSettings::empty);
    }

    /**
     * Fills the definitions' defaults in for values never set. A plain value stored as empty stays
     * empty: the user cleared it on purpose (for some settings empty turns a feature off), and
     * {@link ModuleSettings#get} reads it as absent for every other setting. A blank secret counts as
     * never set.
     *
     * @param definitions the setting definitions
     * @param values      the plain values given
     * @param secrets     the secrets given
     * @return the settings
     */
    static ModuleSettings withDefaults(List<SettingDefinition> definitions, Map<String, String> values,
                                       Map<String, String> secrets) {
        Map<String, String> plain = new HashMap<>(values);
        Map<String, String> secret = new HashMap<>(secrets);
        for (SettingDefinition definition : definitions) {
            Map<String, String> target = definition.secret() ? secret : plain;
            String value = target.get(definition.key());
            boolean unset = definition.secret() ? isBlank(value) : value == null;
            if (definition.defaultValue() != null && unset) {
                target.put(definition.key(), definition.defaultValue());
            }
        }
        return new ModuleSettings(plain, secret);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
