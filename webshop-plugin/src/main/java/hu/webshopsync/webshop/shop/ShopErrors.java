package hu.webshopsync.webshop.shop;

import hu.webshopsync.webshop.text.Messages;
import hu.webshopsync.api.LocalizedText;
import java.util.Locale;

/**
 * Explains a failed shop request to the user, in their language, without any credential.
 */
public final class ShopErrors {

    private ShopErrors() {
    }

    /**
     * The user's text for a shop failure.
     *
     * @param messages the plugin's main bundle
     * @param locale   the user's language
     * @param error    a {@link ShopException} or anything else
     * @return the text
     */
    public static String describe(Messages messages, Locale locale, RuntimeException error) {
        return messages.get(locale, phrase(error));
    }

    /**
     * A shop failure as a text of the main bundle, to be put into words in any reader's language.
     *
     * @param error a {@link ShopException} or anything else
     * @return the text
     */
    public static LocalizedText phrase(RuntimeException error) {
        return error instanceof ShopException shop ? shop.phrase()
                : LocalizedText.of("error.unexpected", error.getClass().getSimpleName());
    }
}
