package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of {@code POST /products/batch}: at most 100 items in all.
 *
 * @param create products to create
 * @param update products to update, each with its {@code id}
 * @param delete ids to delete (moved to the trash)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record WooBatchRequest(List<WooProductWrite> create, List<WooProductWrite> update, List<Long> delete) {

    /** WooCommerce's limit for one batch (413 {@code woocommerce_rest_request_entity_too_large} above it). */
    public static final int MAX_ITEMS = 100;

    /**
     * Copies and checks the limit.
     */
    public WooBatchRequest {
        create = create == null ? List.of() : List.copyOf(create);
        update = update == null ? List.of() : List.copyOf(update);
        delete = delete == null ? List.of() : List.copyOf(delete);
        if (create.size() + update.size() + delete.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_ITEMS + " items");
        }
    }
}
