package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /products/batch}: HTTP 200 even when items fail; each list in request
 * order, a failed item is {@code {"id":0,"error":{…}}} (for an update: the id that was sent).
 *
 * @param create the created items
 * @param update the updated items
 * @param delete the deleted items
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WooBatchResponse(List<Item> create, List<Item> update, List<Item> delete) {

    /**
     * Missing lists become empty.
     */
    public WooBatchResponse {
        create = create == null ? List.of() : List.copyOf(create);
        update = update == null ? List.of() : List.copyOf(update);
        delete = delete == null ? List.of() : List.copyOf(delete);
    }

    /**
     * One item of the answer: the product as stored, or an error.
     *
     * @param id         the product id; 0 for a failed create
     * @param sku        the SKU
     * @param type       the product type
     * @param status     the product status
     * @param categories the categories as stored
     * @param error      the error, when the item failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long id, String sku, String type, String status,
                       @JsonProperty("categories") List<WooProduct.WooRef> categories, WooError error) {

        /**
         * Missing lists become empty.
         */
        public Item {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }

        /** @return whether the item failed */
        public boolean failed() {
            return error != null;
        }
    }
}
