package hu.webshopsync.host.cli;

import hu.webshopsync.host.text.Texts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Fills in the settings given without a value on the command line: {@code --set KEY} asks for the
 * value (hidden on a terminal, else one line of standard input per key, in the order given), and
 * {@code --set-env KEY=VARIABLE} takes it from an environment variable.
 */
final class SecretSettings {

    private final UserInput input;
    private final Texts messages;

    SecretSettings(UserInput input, Texts messages) {
        this.input = input;
        this.messages = messages;
    }

    /** Why a value could not be had; the message names the setting, never a value. */
    static final class MissingValue extends Exception {
        MissingValue(String message) {
            super(message);
        }
    }

    /**
     * The settings with every value present.
     *
     * @param given    the {@code --set} settings, a null value for a key given alone
     * @param fromEnv  setting keys and the environment variables holding their values
     * @param moduleId the module, for the prompt
     * @return the settings in the order given, environment ones last
     * @throws MissingValue when the input ends or a variable is not set
     */
    Map<String, String> resolve(Map<String, String> given, Map<String, String> fromEnv, String moduleId)
            throws MissingValue {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String value = entry.getValue();
            if (value == null) {
                Optional<String> read = input.readSecret(messages.get("secret.prompt", moduleId, entry.getKey()));
                value = read.orElseThrow(() -> new MissingValue(messages.get("secret.noInput", entry.getKey())));
            }
            all.put(entry.getKey(), value);
        }
        for (Map.Entry<String, String> entry : fromEnv.entrySet()) {
            String value = input.environment().get(entry.getValue());
            if (value == null) {
                throw new MissingValue(messages.get("secret.noVariable", entry.getKey(), entry.getValue()));
            }
            all.put(entry.getKey(), value);
        }
        return all;
    }
}
