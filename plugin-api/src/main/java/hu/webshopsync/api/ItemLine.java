package hu.webshopsync.api;

import java.util.Objects;

/**
 * What happened to one item in a run: a product, an order.
 *
 * @param item   the item's key as the user knows it: a SKU, a shop order number
 * @param status a stable, English, lower-case word such as {@code created}, {@code updated},
 *               {@code unchanged}, {@code unpublished}, {@code skipped}, {@code failed},
 *               {@code imported}, {@code already-imported}, {@code needs-review}, {@code warning}
 * @param reason why, in the user's language; empty when there is nothing to say
 */
public record ItemLine(String item, String status, String reason) {

    /**
     * Validates the line; a missing reason becomes empty.
     */
    public ItemLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }
}
