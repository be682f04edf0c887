package hu.webshopsync.webshop.orders;

/**
 * Where shop orders come from and where the sync reports back: the order sync's port to a shop.
 * {@link WooOrderSource} is the WooCommerce adapter; tests use an in-memory fake.
 */
public interface OrderSource {

    /**
     * One page of orders matching the query, in the order of their last change, oldest first.
     *
     * @param query what to list
     * @param page  the page, from 1
     * @return the page; empty past the end
     * @throws OrderSourceException when the shop cannot be asked or refuses the request
     */
    OrderPage page(OrderQuery query, int page);

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
