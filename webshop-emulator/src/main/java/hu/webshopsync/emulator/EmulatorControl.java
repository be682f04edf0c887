package hu.webshopsync.emulator;

import java.util.List;

/**
 * In-process control of a running {@link ShopEmulator}: the same operations as the HTTP control
 * endpoint under {@code /__emulator/}, plus mutation helpers for tests. Thread-safe.
 */
public interface EmulatorControl {

    /** Fixed delay plus a random delay in {@code [0, jitterMs]} for every following shop request. */
    void setLatency(long fixedMs, long jitterMs);

    /**
     * Replaces the shop's server model from the next request on ({@link ServerModel#off()} to serve
     * everything at once). The thread pool was sized at start, so a queue beyond it is never refused.
     */
    void setServer(ServerModel server);

    /** The server model in force. */
    ServerModel server();

    /** What the server model is doing now and what it refused. */
    ServerLoad serverLoad();

    /** Replaces all fault rules. */
    void setFaults(List<FaultRule> rules);

    /** Appends one fault rule after the existing ones. */
    void addFault(FaultRule rule);

    /** Removes all fault rules. */
    void resetFaults();

    /** The current fault rules with their remaining {@code times}. */
    List<FaultRule> faults();

    RequestCounters counters();

    void resetCounters();

    /** A consistent copy of all shop data. */
    ShopSnapshot snapshot();

    /**
     * Deletes a product behind the client's back, as a shop admin would.
     *
     * @param force {@code true} deletes for good; {@code false} moves it to the trash
     * @return whether the product existed
     */
    boolean deleteProduct(long id, boolean force);

    /**
     * Deletes a product category behind the client's back; its products lose it (and fall back to
     * "Uncategorized" when left without any).
     *
     * @return whether the category existed and could be deleted
     */
    boolean deleteCategory(long id);

    /**
     * Changes an order's status as a shop admin would (the same code as {@code PUT /orders/{id}}):
     * {@code cancelled} gives back the stock the order took, {@code refunded} records a refund of what
     * is left, and {@code date_modified} moves.
     *
     * @throws IllegalArgumentException naming the order and WooCommerce's error when the shop refuses
     */
    void setOrderStatus(long orderId, String status);

    /**
     * Edits one line's quantity as {@code PUT /orders/{id}} with {@code line_items:[{id, quantity}]} does in
     * WooCommerce 7.9: 0 removes the line; the line's money stays, the order's totals are summed again,
     * stock is not touched.
     *
     * @throws IllegalArgumentException naming the order and WooCommerce's error when the shop refuses
     */
    void setOrderLineQuantity(long orderId, long lineId, int quantity);

    /**
     * Records a manual refund ({@code POST /orders/{id}/refunds} with {@code api_refund:false}, no lines):
     * a partial one leaves the status, one that leaves nothing to refund makes the order {@code refunded}.
     *
     * @param amount e.g. {@code "500.00"}
     * @throws IllegalArgumentException naming the order and WooCommerce's error when the shop refuses
     */
    void refundOrder(long orderId, String amount, String reason);

    /**
     * Requests per second per credential before the shop answers 429; {@code 0} lifts the limit.
     *
     * @throws UnsupportedOperationException on WooCommerce, which has no such limit
     */
    default void setRateLimit(int perSecond) {
        throw new UnsupportedOperationException("WooCommerce has no request rate limit; only Shoprenter has");
    }

    /** Makes the current consumer key unknown, as if the shop owner revoked it. */
    void revokeCredentials();

    /** Installs a new consumer key and secret (the old one stops working). */
    void setCredentials(String consumerKey, String consumerSecret);

    /**
     * Wipes all shop data, as if the shop's database were reset: ids start again from their initial
     * values. Faults, latency, credentials and counters are left alone.
     */
    void reset();
}
