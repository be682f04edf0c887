package hu.webshopsync.webshop.orders;

import java.util.List;
import java.util.Optional;

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
     * Sets the statuses of shop orders, at most {@link #MAX_STATUS_CHANGES} in one request.
     *
     * @param changes the orders and their new statuses (the shop's words, e.g. {@code completed})
     * @return one answer per change, in the same order
     * @throws OrderSourceException when the request failed as a whole: whether any status was set is
     *                              then unknown
     */
    List<StatusAnswer> setStatuses(List<StatusChange> changes);

    /**
     * The current status of one shop order, asked before a status is set again after an attempt whose
     * outcome is unknown.
     *
     * @param orderId the shop's order id
     * @return the status word, or empty when the order is gone from the shop
     * @throws OrderSourceException when the shop cannot be asked or refuses the request
     */
    Optional<String> status(long orderId);

    /** The most status changes one {@link #setStatuses} call takes. */
    int MAX_STATUS_CHANGES = 100;

    /**
     * A shop order's new status.
     *
     * @param orderId the shop's order id
     * @param status  the status word, e.g. {@code completed}
     */
    record StatusChange(long orderId, String status) {

        /**
         * Validates.
         */
        public StatusChange {
            if (status == null || status.isBlank()) {
                throw new IllegalArgumentException("a status change needs a status");
            }
        }
    }

    /**
     * How setting one order's status ended.
     *
     * @param orderId the shop's order id
     * @param result  whether it was set
     * @param detail  the shop's reason when it was not, free of secrets; empty otherwise
     */
    record StatusAnswer(long orderId, Result result, String detail) {

        /** What became of one change. */
        public enum Result {
            /** The order has the status now. */
            SET,
            /** The order is gone from the shop; no later run can set it. */
            GONE,
            /** The shop refused this change; a later run tries again. */
            REFUSED
        }
    }
}
