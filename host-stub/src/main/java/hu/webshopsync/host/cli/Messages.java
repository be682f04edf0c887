package hu.webshopsync.host.cli;

import hu.webshopsync.host.text.Texts;
import java.util.Locale;

/**
 * The CLI's texts in the user's language, from {@code messages_hu.properties} and
 * {@code messages_en.properties}.
 */
final class Messages {

    private final Texts texts;

    private Messages(Texts texts) {
        this.texts = texts;
    }

    static Messages of(Locale locale) {
        return new Messages(Texts.of("hu.webshopsync.host.cli.messages", locale));
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
