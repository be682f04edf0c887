package hu.webshopsync.host.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts in the user's language, from {@code web.properties} (Hungarian, the ERP's
 * default) and {@code web_en.properties} (UTF-8, {@link MessageFormat} patterns).
 */
final class WebText {

    private static final String BUNDLE = "hu.webshopsync.host.web.web";

    private final ResourceBundle bundle;
    private final Locale locale;

    private WebText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static WebText of(Locale locale) {
        // no fallback to the JVM's default locale: the lang cookie alone decides the language
        return new WebText(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A text for an optional key, e.g. the status words of item lines, which plugins may extend. */
    String getOr(String key, String fallback) {
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}
