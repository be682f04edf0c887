package hu.webshopsync.webshop.orders;

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
}
