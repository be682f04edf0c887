package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.text.Messages;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The order sync's texts ({@code orders.properties}: Hungarian, the ERP's language, is the base;
 * {@code orders_en.properties} for English) in one user's language.
 */
public final class OrderMessages {

    /** The bundle's base name. */
    public static final String BASE_NAME = "hu/webshopsync/webshop/orders/orders";

    /** The shop's own language: notes written into the shop are Hungarian whoever runs the sync. */
    static final Locale SHOP_LOCALE = Locale.forLanguageTag("hu");

    private final Messages messages;
    private final Locale locale;

    /**
     * @param locale the user's language; {@code null} means Hungarian
     */
    public OrderMessages(Locale locale) {
        this.messages = new Messages(BASE_NAME, OrderMessages.class.getClassLoader());
        this.locale = locale == null ? SHOP_LOCALE : locale;
    }

    /**
     * One text.
     *
     * @param key  the key in the bundle
     * @param args the pattern's arguments
     * @return the text in this language
     */
    public String text(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /**
     * A kept text in this language.
     *
     * @param text the text, a key of the orders bundle
     * @return the words
     */
    public String text(LocalizedText text) {
        return messages.get(locale, text);
    }

    /**
     * A kept text of the orders bundle in any language, for a reader of a past run.
     *
     * @param text   the text
     * @param locale the reader's language
     * @return the words, empty when the bundle lacks the text
     */
    public static Optional<String> text(LocalizedText text, Locale locale) {
        Messages bundle = new Messages(BASE_NAME, OrderMessages.class.getClassLoader());
        return bundle.has(text.key()) ? Optional.of(bundle.get(locale, text)) : Optional.empty();
    }

    /**
     * A review reason as the user reads it.
     *
     * @param reason the reason
     * @return the text
     */
    String reason(ReviewReason reason) {
        return text(reason.kind().messageKey(), reason.args().toArray());
    }

    /**
     * The private note left on the shop order, always in the shop's language.
     *
     * @param erpNumber the customer order's number in the ERP
     * @return the note
     */
    public String shopNote(String erpNumber) {
        return shopText("shop.note", erpNumber);
    }

    /**
     * A text written into the shop, always in the shop's language.
     *
     * @param key       the text's key, e.g. {@code shop.fulfilledNote}
     * @param erpNumber the customer order's number in the ERP
     * @return the text
     */
    String shopText(String key, String erpNumber) {
        return messages.get(SHOP_LOCALE, key, Objects.requireNonNull(erpNumber, "erpNumber"));
    }

    /** @return the language of these texts */
    public Locale locale() {
        return locale;
    }
}
