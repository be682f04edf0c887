package hu.webshopsync.webshop.products;

import hu.webshopsync.api.Binding;
import hu.webshopsync.webshop.categories.CategoryPath;

/**
 * A product write waiting for its batch, with what the sync must remember to handle the answer.
 *
 * @param sku         the SKU
 * @param id          the shop id for an update, {@code null} for a create
 * @param payload     the fields
 * @param hash        the intent hash to store once written
 * @param unpublish   whether this takes the product off sale
 * @param category    the category path sent, or {@code null}
 * @param removeMedia whether the media binding goes once written (the ERP image was removed)
 * @param attempt     0 for the first try; follow-ups (adopt, retry) are tried once
 * @param previous    the product binding before this run, or {@code null}
 * @param createName  the name the product gets should this write create it while the payload has none
 *                    (the shop owns the name, but a new product needs one); {@code null} when not needed
 */
record PendingWrite(String sku, Long id, ProductPayload payload, String hash, boolean unpublish, CategoryPath category,
                    boolean removeMedia, int attempt, Binding previous, String createName) {

    boolean create() {
        return id == null;
    }

    PendingWrite withId(Long newId) {
        return new PendingWrite(sku, newId, payload, hash, unpublish, category, removeMedia, attempt, previous,
                createName);
    }

    PendingWrite withCategory(long categoryId) {
        return new PendingWrite(sku, id, payload.withCategory(categoryId), hash, unpublish, category, removeMedia,
                attempt, previous, createName);
    }

    PendingWrite nextAttempt() {
        return new PendingWrite(sku, id, payload, hash, unpublish, category, removeMedia, attempt + 1, previous,
                createName);
    }

    /** The write as sent: a create carries a name even when the shop owns it, an update never adds one. */
    ProductShop.ProductWrite toWrite() {
        boolean named = create() && payload.name() == null && createName != null;
        return new ProductShop.ProductWrite(sku, id, named ? payload.withName(createName) : payload);
    }
}
