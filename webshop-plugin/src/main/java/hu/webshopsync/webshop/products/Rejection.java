package hu.webshopsync.webshop.products;

import hu.webshopsync.api.LocalizedText;

/**
 * Why the shop refused one product of a batch, in the sync's terms: the engine decides on the kind
 * (adopt, look up again, refresh the category, report) and shows {@link #shopSays()} to the user.
 * Each shop adapter translates its own error codes into these.
 */
public sealed interface Rejection {

    /** @return the refusal in the shop's words, a text of the plugin's main bundle for the item's line */
    LocalizedText shopSays();

    /**
     * A create whose SKU the shop already has on another product.
     *
     * @param existingId the shop product that carries the SKU
     * @param shopSays   the refusal in the shop's words
     */
    record DuplicateSku(long existingId, LocalizedText shopSays) implements Rejection {
    }

    /**
     * An update of a product the shop does not have (deleted there).
     *
     * @param shopSays the refusal in the shop's words
     */
    record UnknownProduct(LocalizedText shopSays) implements Rejection {
    }

    /**
     * The product names a category the shop no longer has.
     *
     * @param shopSays the refusal in the shop's words
     */
    record CategoryGone(LocalizedText shopSays) implements Rejection {
    }

    /**
     * A field the shop does not accept.
     *
     * @param name     the field, as the shop names it
     * @param shopSays the refusal in the shop's words
     */
    record InvalidField(String name, LocalizedText shopSays) implements Rejection {
    }

    /**
     * Any other refusal.
     *
     * @param shopSays the refusal in the shop's words
     */
    record Other(LocalizedText shopSays) implements Rejection {
    }
}
