package hu.webshopsync.webshop.text;

import hu.webshopsync.api.LocalizedText;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Texts of one resource bundle in the user's language. Hungarian is the ERP's language, so the base
 * bundle is Hungarian and an unknown locale gets Hungarian, never the JVM's default locale.
 *
 * <p>Patterns are {@link MessageFormat} patterns: a literal apostrophe is written {@code ''}.
 */
public final class Messages {

    /** The plugin's main bundle. */
    public static final String BASE_NAME = "hu/webshopsync/webshop/messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /**
     * @param baseName the bundle's base name, e.g. {@code hu/webshopsync/webshop/messages}
     * @param loader   the plugin's class loader; never the thread's context loader, which is the host's
     */
    public Messages(String baseName, ClassLoader loader) {
        this.baseName = Objects.requireNonNull(baseName, "baseName");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * One text, formatted with its arguments.
     *
     * @param locale the user's language
     * @param key    the text's key
     * @param args   the pattern's arguments
     * @return the text; the key itself when the bundle lacks it, so a missing text is visible but harmless
     */
    public String get(Locale locale, String key, Object... args) {
        Locale effective = locale == null ? Locale.forLanguageTag("hu") : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(baseName, effective, loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, effective).format(args);
    }

    /**
     * A kept text in words, texts among its arguments put into words first.
     *
     * @param locale the reader's language
     * @param text   the text
     * @return the words
     */
    public String get(Locale locale, LocalizedText text) {
        Object[] args = text.args().stream()
                .map(a -> a instanceof LocalizedText inner ? get(locale, inner) : a)
                .toArray();
        return get(locale, text.key(), args);
    }

    /**
     * Whether this bundle has the text, so an action can tell its own texts from others'.
     *
     * @param key the text's key
     * @return whether the (Hungarian) base bundle has it
     */
    public boolean has(String key) {
        try {
            return ResourceBundle.getBundle(baseName, Locale.forLanguageTag("hu"), loader, NO_FALLBACK)
                    .containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
