package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The answer of {@code POST /orders/batch} to status updates (capture 50): the updated orders in
 * request order, a failed item as {@code {"id":…,"error":{…}}}, HTTP 200 either way.
 *
 * @param update one answer per order sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WooOrderBatch(List<Item> update) {

    /**
     * A missing list becomes empty.
     */
    public WooOrderBatch {
        update = update == null ? List.of() : List.copyOf(update);
    }

    /**
     * The request: orders to update.
     *
     * @param update at most 100 status changes
     */
    public record Request(List<StatusUpdate> update) {

        /**
         * Copies.
         */
        public Request {
            update = List.copyOf(update);
        }
    }

    /**
     * One order's new status.
     *
     * @param id     the order's id
     * @param status its new status
     */
    public record StatusUpdate(long id, String status) {
    }

    /**
     * One answer: the order as stored (reduced to its status), or an error.
     *
     * @param id     the order's id
     * @param status its status now
     * @param error  the error, when the item failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(long id, String status, WooError error) {
    }
}
