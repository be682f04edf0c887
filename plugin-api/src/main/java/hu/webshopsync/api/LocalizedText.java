package hu.webshopsync.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text kept as a key in the plugin's own texts and its arguments, so the host can show it later in
 * the reader's language rather than the language of whoever ran the action. The plugin that made it
 * turns it into words through {@link ListAction#text(LocalizedText, java.util.Locale)}.
 *
 * <p>An argument is a {@link String} (shown as it is: a SKU, the shop's own message), a
 * {@link Number} (formatted in the reader's language) or another {@code LocalizedText} (a reason
 * inside a reason). Anything else is refused, so the text can be stored and read back unchanged.
 *
 * @param key  the key in the plugin's texts, e.g. {@code change.price}
 * @param args the arguments, in the order the text's pattern uses them
 */
public record LocalizedText(String key, List<Object> args) {

    /**
     * Validates the key and the arguments' types and copies the arguments.
     */
    public LocalizedText {
        Objects.requireNonNull(key, "key");
        for (Object arg : args) {
            if (!(arg instanceof String || arg instanceof Number || arg instanceof LocalizedText)) {
                throw new IllegalArgumentException("argument of " + key + " must be a String, Number or"
                        + " LocalizedText, not " + (arg == null ? "null" : arg.getClass().getSimpleName()));
            }
        }
        args = List.copyOf(args);
    }

    /**
     * A text with its arguments.
     *
     * @param key  the key in the plugin's texts
     * @param args the arguments: strings, numbers or texts
     * @return the text
     */
    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(key, Arrays.asList(args));
    }
}
