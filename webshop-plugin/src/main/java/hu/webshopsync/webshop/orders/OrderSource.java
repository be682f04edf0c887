package hu.webshopsync.webshop.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where shop orders come from and where the sync reports back: the order sync's port to a shop.
 * The shop platform's adapter implements it (WooCommerce's is {@code woocommerce.WooOrderSource}); tests use an in-memory fake.
 */
public interface OrderSource {

    /**
     * Up to {@link OrderQuery#perPage()} orders matching the query, in ascending id order, from a row
     * of the listing as the shop holds it at this request. The id is the one sort key a shop keeps
     * unique and stable: rows that tie on their sort key come back in any order from one request to
     * the next, so pages over a key like the modification time overlap and skip (see package-info).
     *
     * @param query  what to list
     * @param offset how many rows of the listing to skip, from 0
     * @return the page, with the listing's size ({@code X-WP-Total}); empty past the end
     * @throws OrderSourceException when the shop cannot be asked or refuses the request
     */
    OrderPage list(OrderQuery query, int offset);

    /**
     * Leaves a private note on a shop order (the customer does not see it).
     *
     * @param orderId the shop's order id
     * @param text    the note
     * @throws OrderSourceException when the note could not be stored
     */
    void addNote(long orderId, String text);

    /**
     * Whether a private note with the text is already on the order: asked before a note is sent
     * again after an attempt whose outcome is unknown (the answer was lost, or the run died).
     *
     * @param orderId the shop's order id
     * @param text    the note
     * @return whether the order carries the note
     * @throws OrderSourceException when the shop cannot be asked or refuses the request
     */
    boolean hasNote(long orderId, String text);

    /**
     * The most marks one {@link #mark} call takes: as many as one write request of the shop carries.
     *
     * @return WooCommerce's batch limit, 100, unless the shop takes more
     */
    default int maxMarks() {
        return 100;
    }

    /**
     * Writes marks onto shop orders in one request (WooCommerce: {@code POST /orders/batch}, update
     * items with {@code meta_data} and {@code status}). Writing the same mark again changes nothing:
     * the ERP number replaces itself, and a status the order has already stays.
     *
     * @param marks at most {@link #maxMarks()} marks, each order once
     * @return one answer per mark, in the same order: {@code SET}, {@code GONE}, or {@code REFUSED}
     *         with a detail free of secrets
     * @throws OrderSourceException when the request failed as a whole: which marks were written is
     *                              then unknown
     */
    List<StatusAnswer> mark(List<OrderMark> marks);

    /**
     * Reads back what orders carry, after an attempt whose outcome is unknown (a lost answer, a killed
     * run), ideally in one request for up to {@link #maxMarks()} orders (WooCommerce:
     * {@code GET /orders?include=…&per_page=100}).
     *
     * @param orderIds the shop's order ids
     * @return each order found, by id, with its status word and the ERP number it carries; an order
     *         missing from the map is gone from the shop
     * @throws OrderSourceException when the shop cannot be asked or refuses the request
     */
    Map<Long, MarkState> marksOf(Collection<Long> orderIds);

    /**
     * Whether the shop keeps private order notes (WooCommerce does; Shoprenter documents no way). When
     * it does not, the sync attempts no note and relies on the ERP number the marks carry.
     *
     * @return whether {@link #addNote} and {@link #hasNote} work
     */
    default boolean takesNotes() {
        return true;
    }

    /**
     * What the ERP writes onto one shop order in a batch: its ERP document number (WooCommerce: order
     * meta that the shop admin shows; Shoprenter: see its adapter) and, when not null, a new status.
     *
     * @param orderId   the shop's order id
     * @param erpNumber the ERP document number, e.g. {@code VR-2026-00012} (never blank)
     * @param status    the new status in the shop's words (e.g. {@code completed}), or {@code null} to
     *                  keep the shop's status
     */
    record OrderMark(long orderId, String erpNumber, String status) {

        /**
         * Validates.
         */
        public OrderMark {
            if (erpNumber == null || erpNumber.isBlank()) {
                throw new IllegalArgumentException("the mark of shop order " + orderId + " needs an ERP number");
            }
            if (status != null && status.isBlank()) {
                throw new IllegalArgumentException("the mark of shop order " + orderId
                        + " has a blank status; use null to keep the shop's");
            }
        }
    }

    /**
     * What one shop order carries now, as {@link #marksOf} reads it.
     *
     * @param status    the order's status word
     * @param erpNumber the ERP number it carries, {@code ""} when none
     */
    record MarkState(String status, String erpNumber) {

        /**
         * Missing values become empty.
         */
        public MarkState {
            status = status == null ? "" : status;
            erpNumber = erpNumber == null ? "" : erpNumber;
        }
    }

    /**
     * How writing one mark ended.
     *
     * @param orderId the shop's order id
     * @param result  whether it was written
     * @param detail  the shop's reason when it was not, free of secrets; empty otherwise
     */
    record StatusAnswer(long orderId, Result result, String detail) {

        /** What became of one mark. */
        public enum Result {
            /** The order carries the mark now (its ERP number, and its status when one was sent). */
            SET,
            /** The order is gone from the shop; no later run can mark it. */
            GONE,
            /** The shop refused this mark; a later run tries again. */
            REFUSED
        }
    }
}
