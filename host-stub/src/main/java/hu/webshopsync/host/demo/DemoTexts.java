package hu.webshopsync.host.demo;

import hu.webshopsync.host.text.Texts;
import java.util.Locale;

/**
 * The demo's texts from its own bundle {@code demo_hu.properties} / {@code demo_en.properties}
 * (UTF-8, {@link java.text.MessageFormat} patterns).
 */
final class DemoTexts {

    private final Texts texts;

    DemoTexts(Locale locale) {
        this.texts = Texts.of("hu.webshopsync.host.demo.demo", locale);
    }

    String get(String key, Object... args) {
        // always formatted, so a text without arguments may use '' like the others
        return texts.format(key, args);
    }

    Locale locale() {
        return texts.locale();
    }
}
