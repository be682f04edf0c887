package hu.webshopsync.emulator;

/**
 * The shop's server as well as its latency: how many requests PHP serves at once and what each
 * costs in server time. {@link #off()} (the default) serves every request at once and for free.
 *
 * <p>A request waits for one of {@code workers}, in arrival order, and holds it for its service time:
 * {@code requestMs} for WordPress to boot, plus {@code itemMs} per product, category or order it
 * writes (alone or as a batch item), {@code readItemMs} per row it answers, {@code uploadMs} per
 * media file. The time passes on the shop's {@link ShopClock}, so tests move it instead of waiting.
 * When more than {@code queue} requests are waiting, the next one is refused at once with
 * {@code 503} and {@code Retry-After}, as shared hosting does. A request whose service time would
 * pass {@code maxExecutionMs} stops there, like PHP's {@code max_execution_time}: the batch items
 * done before it stay stored, and the answer is WordPress's fatal-error {@code 500}.
 *
 * @param workers        requests served at once; {@code 0} switches the model off
 * @param itemMs         server time per item written
 * @param readItemMs     server time per row answered
 * @param uploadMs       server time per media upload
 * @param requestMs      server time every request costs before its items
 * @param maxExecutionMs PHP's time limit per request; {@code 0} for none
 * @param queue          requests that may wait for a worker before the shop refuses more
 */
public record ServerModel(int workers, long itemMs, long readItemMs, long uploadMs, long requestMs,
                          long maxExecutionMs, int queue) {

    /**
     * Server time per item written, fitted to a real WooCommerce 7.9 (see BENCHMARKS.md): 400
     * products in batches of 100 took 20.2 s one request at a time.
     */
    public static final long DEFAULT_ITEM_MS = 50;

    /** Waiting requests before the shop refuses more: generous, so only a flood is refused. */
    public static final int DEFAULT_QUEUE = 64;

    /**
     * Validates.
     */
    public ServerModel {
        if (workers < 0 || itemMs < 0 || readItemMs < 0 || uploadMs < 0 || requestMs < 0 || maxExecutionMs < 0
                || queue < 0) {
            throw new IllegalArgumentException("server model figures must not be negative");
        }
    }

    /** No server model: every request is served at once, at no cost. */
    public static ServerModel off() {
        return new ServerModel(0, 0, 0, 0, 0, 0, DEFAULT_QUEUE);
    }

    /**
     * {@code workers} PHP workers whose costs follow from the cost of writing one item: reading a row
     * costs a tenth of it (WooCommerce renders a row it answers but saves nothing), an upload four
     * times it (WordPress writes the file and its resized copies), booting WordPress half of it.
     * No time limit; the default queue.
     *
     * @param workers requests served at once
     * @param itemMs  server time per item written
     * @return the model
     */
    public static ServerModel of(int workers, long itemMs) {
        return new ServerModel(workers, itemMs, itemMs / 10, itemMs * 4, itemMs / 2, 0, DEFAULT_QUEUE);
    }

    /** Whether requests queue for workers and cost server time. */
    public boolean on() {
        return workers > 0;
    }

    /** The same with PHP's time limit. */
    public ServerModel withMaxExecutionMs(long ms) {
        return new ServerModel(workers, itemMs, readItemMs, uploadMs, requestMs, ms, queue);
    }

    /** The same with another queue bound. */
    public ServerModel withQueue(int waiting) {
        return new ServerModel(workers, itemMs, readItemMs, uploadMs, requestMs, maxExecutionMs, waiting);
    }
}
