package hu.webshopsync.host.modules;

import hu.webshopsync.api.CheckResult;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.SettingDefinition;
import hu.webshopsync.host.fields.FieldValues;
import hu.webshopsync.host.secrets.SecretValues;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Activates a module: checks the given keys and values against the module's definitions, merges
 * them over the values stored earlier (so re-activating with some values keeps the others, except
 * secrets when an address moved to another machine, see {@link AddressChange}), fills in defaults,
 * checks required settings, runs the module's own check, and only then stores.
 */
public final class ModuleActivation {

    /** The {@link Refused#detail()} of a secret that is too long or holds control characters. */
    public static final String SECRET_RULE = "SECRET";

    private final ModuleStore store;

    /**
     * Creates the activation.
     *
     * @param store the stored modules
     */
    public ModuleActivation(ModuleStore store) {
        this.store = store;
    }

    /** Why an activation was refused. */
    public enum Reason {
        /** A given key is not a setting of the module. */
        UNKNOWN_KEY,
        /** A required setting has no value. */
        MISSING_REQUIRED,
        /** A value does not fit the setting's type. */
        INVALID_VALUE,
        /** The module's own check failed. */
        CHECK_FAILED,
        /**
         * An address setting ({@code key}) now names another machine and stored secrets were not
         * given again ({@code detail}: their keys, comma-separated).
         */
        SECRETS_REQUIRED,
        /**
         * The module's check found a different counterpart (another shop) than before; repeating
         * the activation with the user's confirmation may pass.
         */
        CONFIRMATION_NEEDED
    }

    /** What an activation ended with. */
    public sealed interface Result permits Activated, Refused {
    }

    /**
     * The module is active with these settings.
     *
     * @param settings the settings, defaults filled in
     * @param check    the module's check, or empty when skipped
     */
    public record Activated(ModuleSettings settings, Optional<CheckResult> check) implements Result {
    }

    /**
     * The activation was refused; nothing was stored.
     *
     * @param reason why
     * @param key    the setting concerned, or empty
     * @param detail the expected type, {@link #SECRET_RULE}, or the check's message; never a secret value
     */
    public record Refused(Reason reason, String key, String detail) implements Result {
    }

    /**
     * Activates a module.
     *
     * @param moduleId    the module
     * @param definitions its setting definitions
     * @param given       the values the user gave now, by key; an empty plain value is stored as empty
     *                    (a setting whose default it overrides, e.g. a write-back turned off), an empty
     *                    secret removes the stored one
     * @param checker     runs the module's check, or {@code null} to skip it
     * @return the result
     */
    public Result activate(String moduleId, List<SettingDefinition> definitions, Map<String, String> given,
                           Function<ModuleSettings, CheckResult> checker) {
        Map<String, SettingDefinition> byKey = new HashMap<>();
        definitions.forEach(d -> byKey.put(d.key(), d));
        Optional<StoredModule> stored = store.find(moduleId);
        Map<String, String> values = new HashMap<>(stored.map(StoredModule::values).orElse(Map.of()));
        Map<String, String> secrets = new HashMap<>(stored.map(StoredModule::secrets).orElse(Map.of()));
        for (Map.Entry<String, String> entry : given.entrySet()) {
            SettingDefinition definition = byKey.get(entry.getKey());
            if (definition == null) {
                return new Refused(Reason.UNKNOWN_KEY, entry.getKey(), "");
            }
            Map<String, String> target = definition.secret() ? secrets : values;
            if (entry.getValue().isEmpty()) {
                // "set to empty" differs from "never set": only the latter takes the default
                if (definition.secret()) {
                    target.remove(entry.getKey());
                } else {
                    target.put(entry.getKey(), "");
                }
                continue;
            }
            if (definition.secret() && !SecretValues.acceptable(entry.getValue())) {
                return new Refused(Reason.INVALID_VALUE, entry.getKey(), SECRET_RULE);
            }
            Optional<String> normal = FieldValues.normalise(definition.type(), entry.getValue());
            if (normal.isEmpty()) {
                return new Refused(Reason.INVALID_VALUE, entry.getKey(), definition.type().name());
            }
            target.put(entry.getKey(), normal.get());
        }
        Optional<AddressChange.Moved> moved = AddressChange.secretsToReenter(
                stored.map(StoredModule::values).orElse(Map.of()), values,
                stored.map(StoredModule::secrets).orElse(Map.of()), given);
        if (moved.isPresent()) {
            return new Refused(Reason.SECRETS_REQUIRED, moved.get().key(), String.join(", ", moved.get().secrets()));
        }
        ModuleSettings settings = JdbcModuleRegistry.withDefaults(definitions, values, secrets);
        for (SettingDefinition definition : definitions) {
            Optional<String> value = definition.secret() ? settings.secret(definition.key())
                    : settings.get(definition.key());
            if (definition.required() && value.isEmpty()) {
                return new Refused(Reason.MISSING_REQUIRED, definition.key(), "");
            }
        }
        Optional<CheckResult> check = Optional.empty();
        if (checker != null) {
            // the check talks to the shop, which may echo what it was sent in an error or a log line
            store.rememberSecrets(secrets.values());
            CheckResult result = checker.apply(settings);
            if (!result.passed()) {
                return new Refused(result.confirmationNeeded() ? Reason.CONFIRMATION_NEEDED : Reason.CHECK_FAILED,
                        "", result.message());
            }
            check = Optional.of(result);
        }
        store.save(new StoredModule(moduleId, true, values, secrets));
        return new Activated(settings, check);
    }
}
