package hu.webshopsync.host.modules;

import java.util.List;
import java.util.Map;

/**
 * A module as stored: whether it is active and the values the user gave (no defaults filled in).
 *
 * @param id      the module id
 * @param active  whether it is active
 * @param values  plain settings
 * @param secrets    secret settings
 * @param unreadable keys of stored secrets the key file does not open (not in {@code secrets})
 */
public record StoredModule(String id, boolean active, Map<String, String> values, Map<String, String> secrets,
                           List<String> unreadable) {

    /**
     * Copies the maps.
     */
    public StoredModule {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * A module whose secrets are all readable.
     *
     * @param id      the module id
     * @param active  whether it is active
     * @param values  plain settings
     * @param secrets secret settings
     */
    public StoredModule(String id, boolean active, Map<String, String> values, Map<String, String> secrets) {
        this(id, active, values, secrets, List.of());
    }

    @Override
    public String toString() {
        return "StoredModule[id=" + id + ", active=" + active + ", values=" + values + ", secrets="
                + secrets.keySet() + " (hidden), unreadable=" + unreadable + "]";
    }
}
