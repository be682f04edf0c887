package hu.webshopsync.host.web;

import hu.webshopsync.host.text.Texts;
import java.util.Locale;

/**
 * The console's texts in the user's language, from {@code web.properties} (Hungarian, the ERP's
 * default) and {@code web_en.properties}.
 */
final class WebText {

    private final Texts texts;

    private WebText(Texts texts) {
        this.texts = texts;
    }

    static WebText of(Locale locale) {
        return new WebText(Texts.of("hu.webshopsync.host.web.web", locale));
    }

    Locale locale() {
        return texts.locale();
    }

    String get(String key, Object... args) {
        return texts.get(key, args);
    }

    String getOr(String key, String fallback) {
        return texts.getOr(key, fallback);
    }
}
