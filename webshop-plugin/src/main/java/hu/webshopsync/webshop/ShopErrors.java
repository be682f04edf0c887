package hu.webshopsync.webshop;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.woocommerce.ShopUnreachableException;
import hu.webshopsync.webshop.woocommerce.WooCommerceException;
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
     * @param error    a {@link WooCommerceException}, {@link ShopUnreachableException} or anything else
     * @return the text
     */
    public static String describe(Messages messages, Locale locale, RuntimeException error) {
        return messages.get(locale, phrase(error));
    }

    /**
     * A shop failure as a text of the main bundle, to be put into words in any reader's language.
     *
     * @param error a {@link WooCommerceException}, {@link ShopUnreachableException} or anything else
     * @return the text
     */
    public static LocalizedText phrase(RuntimeException error) {
        if (error instanceof ShopUnreachableException u) {
            return LocalizedText.of("error.unreachable." + u.reason().name(), u.host());
        }
        if (error instanceof WooCommerceException w) {
            if (w.code().equals("woocommerce_rest_authentication_error")) {
                return LocalizedText.of("error.wrongSecret");
            }
            if (w.authenticationFailed()) {
                return LocalizedText.of("error.credentialsRefused", w.status());
            }
            if (w.code().equals(WooCommerceException.INVALID_RESPONSE)) {
                // a cut-off transfer and a web page that is no shop look alike here; the text names both
                return LocalizedText.of("error.unreadableAnswer", w.status());
            }
            if (w.code().equals(WooCommerceException.NOT_WOOCOMMERCE) || w.code().equals("rest_no_route")) {
                return LocalizedText.of("error.notWooCommerce", w.status());
            }
            if (w.code().equals(WooCommerceException.REDIRECTED)) {
                return LocalizedText.of("error.redirected", w.shopMessage());
            }
            if (w.retryable()) {
                return LocalizedText.of("error.shopBusy", w.status());
            }
            return LocalizedText.of("error.shopRefused", w.status(), w.code(), w.shopMessage());
        }
        return LocalizedText.of("error.unexpected", error.getClass().getSimpleName());
    }
}
