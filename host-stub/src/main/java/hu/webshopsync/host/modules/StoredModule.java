package hu.webshopsync.host.modules;

import java.util.Map;

/**
 * A module as stored: whether it is active and the values the user gave (no defaults filled in).
 *
 * @param id      the module id
 * @param active  whether it is active
 * @param values  plain settings
 * @param secrets secret settings
 */
public record StoredModule(String id, boolean active, Map<String, String> values, Map<String, String> secrets) {

    /**
     * Copies the maps.
     */
    public StoredModule {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "StoredModule[id=" + id + ", active=" + active + ", values=" + values + ", secrets="
                + secrets.keySet() + " (hidden)]";
    }
}
