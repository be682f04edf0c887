package hu.webshopsync.host.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One UTF-8 resource bundle of the host's texts ({@link MessageFormat} patterns) in one language.
 * The CLI, the web console and the demo each have their own bundle and read it through this class.
 */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean alwaysFormatted;

    private Texts(ResourceBundle bundle, Locale locale, boolean alwaysFormatted) {
        this.bundle = bundle;
        this.locale = locale;
        this.alwaysFormatted = alwaysFormatted;
    }

    /**
     * The bundle in a language.
     *
     * @param bundleName the bundle's base name, e.g. {@code hu.webshopsync.host.cli.messages}
     * @param locale     the language
     * @return the texts
     */
    public static Texts of(String bundleName, Locale locale) {
        return new Texts(load(bundleName, locale), locale, false);
    }

    /**
     * The command line's texts ({@code cli/messages_hu.properties}, {@code messages_en.properties}).
     *
     * @param locale the language
     * @return the texts
     */
    public static Texts cli(Locale locale) {
        return of("hu.webshopsync.host.cli.messages", locale);
    }

    /**
     * The web console's texts ({@code web/web.properties}, Hungarian, and {@code web_en.properties}).
     *
     * @param locale the language
     * @return the texts
     */
    public static Texts console(Locale locale) {
        return of("hu.webshopsync.host.web.web", locale);
    }

    /**
     * The demo's texts ({@code demo/demo_hu.properties}, {@code demo_en.properties}), whose
     * {@link #get} always formats, so that a text without arguments may write a quote as {@code ''}.
     *
     * @param locale the language
     * @return the texts
     */
    public static Texts demo(Locale locale) {
        return new Texts(load("hu.webshopsync.host.demo.demo", locale), locale, true);
    }

    private static ResourceBundle load(String bundleName, Locale locale) {
        // no fallback to the JVM's default locale: the user's choice (--lang, the cookie) alone decides
        return ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the language */
    public Locale locale() {
        return locale;
    }

    /**
     * A text; formatted only when there are arguments (always for the demo's). A missing key shows as itself.
     *
     * @param key  the key
     * @param args the pattern's arguments
     * @return the text
     */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        return pattern == null ? key : args.length == 0 && !alwaysFormatted ? pattern
                : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A text always run through {@link MessageFormat}, so a pattern without arguments may use {@code ''}.
     *
     * @param key  the key
     * @param args the pattern's arguments
     * @return the text
     */
    public String format(String key, Object... args) {
        String pattern = pattern(key);
        return pattern == null ? key : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A text for an optional key, e.g. the status words of item lines, which plugins may extend.
     *
     * @param key      the key
     * @param fallback what to show when the bundle has no such key
     * @return the text
     */
    public String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
