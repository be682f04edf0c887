package hu.webshopsync.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stored values of a module's settings, with secrets kept apart from plain values.
 *
 * <p>{@link #toString()} never shows a secret's value, so that a settings object that ends up in a
 * log line or an exception message leaks nothing.
 *
 * @param values  plain settings by key
 * @param secrets secret settings by key
 */
public record ModuleSettings(Map<String, String> values, Map<String, String> secrets) {

    /**
     * Copies the maps so the record stays immutable.
     */
    public ModuleSettings {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
        secrets = Map.copyOf(Objects.requireNonNull(secrets, "secrets"));
    }

    /**
     * Settings with no values at all.
     *
     * @return empty settings
     */
    public static ModuleSettings empty() {
        return new ModuleSettings(Map.of(), Map.of());
    }

    /**
     * A plain setting; blank values count as absent.
     *
     * @param key the setting's key
     * @return the value, if set and not blank
     */
    public Optional<String> get(String key) {
        return nonBlank(values.get(key));
    }

    /**
     * A secret setting; blank values count as absent.
     *
     * @param key the setting's key
     * @return the secret, if set and not blank
     */
    public Optional<String> secret(String key) {
        return nonBlank(secrets.get(key));
    }

    /**
     * A plain setting read as a boolean.
     *
     * @param key          the setting's key
     * @param defaultValue the value when the setting is absent
     * @return true for "true"/"yes"/"1"/"igen" (any case), false for other present values
     */
    public boolean flag(String key, boolean defaultValue) {
        return get(key).map(v -> Set.of("true", "yes", "1", "igen").contains(v.trim().toLowerCase()))
                .orElse(defaultValue);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Override
    public String toString() {
        return "ModuleSettings[values=" + values + ", secrets=" + new TreeSet<>(secrets.keySet()) + " (hidden)]";
    }
}
