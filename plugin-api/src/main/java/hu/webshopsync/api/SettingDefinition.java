package hu.webshopsync.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One setting of a {@link HostModule}.
 *
 * @param key          the key the value is stored under, e.g. {@code consumerKey}
 * @param label        the caption in the requested language
 * @param type         the kind of value
 * @param required     whether activation needs a value
 * @param secret       whether the value is a secret: stored apart and never shown again (shown as {@code ****})
 * @param defaultValue the value used when none is given, or {@code null}
 * @param help         a one-line explanation in the requested language, or {@code null}
 */
public record SettingDefinition(String key, String label, FieldType type, boolean required, boolean secret,
                                String defaultValue, String help) {

    /**
     * Validates the definition.
     */
    public SettingDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    /**
     * The default value, if any.
     *
     * @return the default value
     */
    public Optional<String> defaultValueIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
