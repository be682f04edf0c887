package hu.webshopsync.webshop.orders;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which orders one run lists.
 *
 * @param statuses      the shop statuses to list
 * @param modifiedAfter only orders changed after this instant
 * @param perPage       the page size, 1 to 100 (WooCommerce refuses more, capture 46)
 * @param withClosed    list the orders the shop has closed too (completed, cancelled, failed, refunded):
 *                      an imported order that reached one of them is followed into the ERP
 */
public record OrderQuery(List<String> statuses, Instant modifiedAfter, int perPage, boolean withClosed) {

    /** The largest page WooCommerce serves. */
    public static final int MAX_PER_PAGE = 100;

    /**
     * Validates and copies.
     */
    public OrderQuery {
        statuses = List.copyOf(statuses);
        Objects.requireNonNull(modifiedAfter, "modifiedAfter");
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be 1.." + MAX_PER_PAGE + ": " + perPage);
        }
    }

    /**
     * Only the given statuses.
     *
     * @param statuses      the shop statuses to list
     * @param modifiedAfter only orders changed after this instant
     * @param perPage       the page size, 1 to 100
     */
    public OrderQuery(List<String> statuses, Instant modifiedAfter, int perPage) {
        this(statuses, modifiedAfter, perPage, false);
    }
}
