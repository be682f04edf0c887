package hu.webshopsync.host.bench;

/**
 * The fastest a scenario could possibly be on a shop that answers each request after a fixed
 * latency: the requests that cannot be avoided, spread evenly over the requests the sync may have
 * in flight at once. CPU, the database and the shop's own work count as free, so a real run is
 * always slower; the ratio to this floor shows how much is left on the table.
 *
 * <pre>limit_s = (writes + unavoidable look-ups) × latency / parallelRequests</pre>
 *
 * @param writes  write requests that cannot be avoided
 * @param lookups other requests that cannot be avoided
 */
public record LatencyFloor(long writes, long lookups) {

    /** Items per batch request (WooCommerce's limit) and per SKU look-up. */
    public static final int BATCH = 100;

    /**
     * Validates.
     */
    public LatencyFloor {
        if (writes < 0 || lookups < 0) {
            throw new IllegalArgumentException("request counts must not be negative");
        }
    }

    /**
     * A first sync of {@code products} into an empty shop: one batch write per 100 products, and the
     * look-ups it cannot avoid: whether the shop has any product at all (1; an empty shop cannot hold
     * a SKU, so the SKUs need no look-up, where a shop with products would need one per 100), the
     * two tax settings (2), the shop's categories (1) and one category batch per nesting level.
     *
     * @param products       products sent
     * @param categoryLevels nesting levels of the categories to create (0 for none)
     * @return the floor
     */
    public static LatencyFloor firstSync(long products, int categoryLevels) {
        return new LatencyFloor(batches(products), 1 + 2 + (categoryLevels > 0 ? 1 + categoryLevels : 0));
    }

    /**
     * A repeated sync where {@code changed} products changed: one batch write per 100 changed
     * products, nothing else (what is unchanged is known locally).
     *
     * @param changed changed products
     * @return the floor
     */
    public static LatencyFloor delta(long changed) {
        return new LatencyFloor(batches(changed), 0);
    }

    /**
     * A sync that uploads images: WordPress takes one file per request, so every upload counts, plus
     * one batch write per 100 products whose image changed.
     *
     * @param uploads         images to upload
     * @param productsChanged products to update
     * @return the floor
     */
    public static LatencyFloor images(long uploads, long productsChanged) {
        return new LatencyFloor(batches(productsChanged), uploads);
    }

    /**
     * An order import: one list page per 100 orders, one write-back batch per 100 orders (the ERP
     * number onto each order), plus one note per order when the import note is on (WooCommerce has
     * no batch for notes).
     *
     * @param orders orders imported
     * @param notes  whether a note is written per order
     * @return the floor
     */
    public static LatencyFloor orders(long orders, boolean notes) {
        return new LatencyFloor(batches(orders), batches(orders) + (notes ? orders : 0));
    }

    /**
     * The floor in seconds.
     *
     * @param latencyMs   the shop's latency per request
     * @param parallelism requests in flight at once
     * @return seconds; 0 when nothing must be sent or there is no latency
     */
    public double seconds(long latencyMs, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive");
        }
        return (writes + lookups) * latencyMs / 1000.0 / parallelism;
    }

    static long batches(long items) {
        return (items + BATCH - 1) / BATCH;
    }
}
