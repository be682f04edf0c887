package hu.webshopsync.host.demo;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The demo's texts from its own bundle {@code demo_hu.properties} / {@code demo_en.properties}
 * (UTF-8, {@link MessageFormat} patterns).
 */
final class DemoTexts {

    private static final String BUNDLE = "hu.webshopsync.host.demo.demo";

    private final ResourceBundle bundle;
    private final Locale locale;

    DemoTexts(Locale locale) {
        // --lang alone decides the language, not the JVM's default locale
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = locale;
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // always formatted, so a text without arguments may use '' like the others
        return new MessageFormat(pattern, locale).format(args);
    }

    Locale locale() {
        return locale;
    }
}
