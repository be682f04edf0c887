package hu.webshopsync.api;

import java.util.Arrays;

/**
 * What happened to one item of a run: the status of an {@link ItemLine} and the key of
 * {@link ActionResult#counts()}.
 *
 * <p>Each status has a stable, English, lower-case wire name, which history, JSON output and message
 * keys use ({@code status.<wire name>}). Wire names never change once published; new statuses may be
 * added while the API is 0.x.
 */
public enum ItemStatus {
    /** A new item was made at the target (a product created in the shop). */
    CREATED("created"),
    /** An existing item was changed at the target. */
    UPDATED("updated"),
    /** Nothing had to be sent for the item. */
    UNCHANGED("unchanged"),
    /** The item was taken off sale at the target, not deleted. */
    UNPUBLISHED("unpublished"),
    /** The item was left out of this run, for a reason the line gives. */
    SKIPPED("skipped"),
    /** The item could not be processed; the line gives the reason. */
    FAILED("failed"),
    /** A new item was brought into the ERP (a shop order became a customer order). */
    IMPORTED("imported"),
    /** The item had been brought into the ERP by an earlier run; nothing was stored again. */
    ALREADY_IMPORTED("already-imported"),
    /** The item was stored or kept, and someone should look at it; the line gives the reasons. */
    NEEDS_REVIEW("needs-review"),
    /** The item went through, with a remark worth reading. */
    WARNING("warning"),
    /** The item was cancelled at its source (the shop), and the ERP followed. */
    CANCELLED_IN_SHOP("cancelled-in-shop"),
    /** The ERP's state of the item was sent to the shop (an order's status, for example). */
    STATUS_SENT("status-sent"),
    /** The item's stock in the shop differs from the ERP's sellable stock; the line gives both (an audit). */
    STOCK_DIFFERS("stock-differs"),
    /** A difference an audit found was corrected: the ERP's value was sent to the shop. */
    FIXED("fixed"),
    /** The shop has an item whose key (SKU) the ERP does not know. */
    UNKNOWN_IN_ERP("unknown-in-erp"),
    /** The ERP holds a link to an item the shop no longer has (deleted or in the trash). */
    MISSING_IN_SHOP("missing-in-shop"),
    /** The shop does not track the item's stock (WooCommerce's stock management is off for it). */
    NOT_MANAGED("not-managed");

    private final String wireName;

    ItemStatus(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The stable word stored in history and shown in JSON.
     *
     * @return the wire name, e.g. {@code already-imported}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The status of a wire name.
     *
     * @param wireName a word returned by {@link #wireName()}
     * @return the status
     * @throws IllegalArgumentException when the word names no status
     */
    public static ItemStatus fromWire(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown item status: " + wireName));
    }
}
