package hu.webshopsync.api;

import java.util.Objects;

/**
 * An on/off option a {@link ListAction} takes, which a host offers as a checkbox beside the action's
 * button; ticked, the run's {@link ActionContext#options()} hold {@code key=true}
 * (on the command line: {@code --option key=true}).
 *
 * @param key   the option's key, as {@link ActionContext#flag(String)} reads it, e.g. {@code fix}
 * @param label the checkbox's caption in the user's language, e.g. "javítással"
 */
public record ActionFlag(String key, String label) {

    /**
     * Validates the flag.
     */
    public ActionFlag {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a flag needs a key");
        }
    }
}
