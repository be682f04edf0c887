package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.TypedResponse;
import java.util.List;

/**
 * The WooCommerce REST v3 order routes the order sync uses, relative to {@code …/wp-json/wc/v3}.
 *
 * <p>Lists come back as raw JSON so that one malformed order is reported on its own instead of
 * failing the whole page (see {@link WooOrderReader}); {@link TypedResponse} keeps the paging
 * headers and, unlike {@code feign.Response}, still sends error statuses through the connection's
 * error decoder.
 */
@Headers("Accept: application/json")
public interface WooOrdersApi {

    /**
     * Orders changed after an instant, lowest id first, from a row of the listing on.
     *
     * <p>{@code dates_are_gmt=true} is what makes {@code modified_after} UTC; without it WooCommerce
     * compares in store-local time (captures 15 and 15b). {@code orderby=id}: MySQL returns orders
     * that share a {@code date_modified} second in no stable order, so pages by {@code modified}
     * overlap and skip orders (300 orders made in batches: 297 seen). {@code offset} instead of
     * {@code page} lets the caller re-read the last row it took, to notice rows that moved.
     *
     * @param statuses      comma-separated statuses, e.g. {@code processing,on-hold}
     * @param modifiedAfter UTC without zone suffix, e.g. {@code 2026-11-27T22:47:57}
     * @param perPage       page size, at most 100
     * @param offset        how many rows to skip, from 0
     * @return a JSON array (empty past the end, capture 45) with {@code X-WP-Total} and {@code X-WP-TotalPages}
     */
    @RequestLine("GET /orders?status={status}&modified_after={modifiedAfter}&dates_are_gmt=true"
            + "&orderby=id&order=asc&per_page={perPage}&offset={offset}")
    TypedResponse<JsonNode> listOrders(@Param("status") String statuses, @Param("modifiedAfter") String modifiedAfter,
                                       @Param("perPage") int perPage, @Param("offset") int offset);

    /**
     * One order.
     *
     * @param id the order id
     * @return the order as JSON; a missing order is a 404 {@code woocommerce_rest_shop_order_invalid_id} (capture 19)
     */
    @RequestLine("GET /orders/{id}")
    JsonNode getOrder(@Param("id") long id);

    /**
     * Some orders by id, reduced to what a write-back reads back ({@code _fields}); an id the shop does
     * not have is left out of the answer.
     *
     * @param ids     comma-separated order ids
     * @param perPage at least the number of ids, at most 100
     * @return a JSON array of orders with {@code id}, {@code status} and {@code meta_data}
     */
    @RequestLine("GET /orders?include={ids}&per_page={perPage}&_fields=id,status,meta_data")
    JsonNode ordersById(@Param("ids") String ids, @Param("perPage") int perPage);

    /**
     * Adds a note to an order.
     *
     * @param id   the order id
     * @param note the note; {@code customer_note=false} keeps it private
     * @return the stored note
     */
    @RequestLine("POST /orders/{id}/notes")
    WooOrderNote addNote(@Param("id") long id, WooOrderNote note);

    /**
     * The notes of an order, newest first (capture 18b).
     *
     * @param id the order id
     * @return the notes
     */
    @RequestLine("GET /orders/{id}/notes")
    List<WooOrderNote> notes(@Param("id") long id);

    /**
     * Changes several orders at once (capture 50): HTTP 200 even when items fail, each failed item
     * as {@code {"id":…,"error":{…}}}; a status change bumps the order's {@code date_modified}, and
     * {@code cancelled} restores the stock of the lines that reduced it; {@code meta_data} entries
     * are set by key, as on a single order (capture 49).
     *
     * @param batch at most 100 updates, each with its {@code id}
     * @return the updated orders or their errors, in request order
     */
    @RequestLine("POST /orders/batch")
    WooOrderBatch batch(WooOrderBatch.Request batch);
}
