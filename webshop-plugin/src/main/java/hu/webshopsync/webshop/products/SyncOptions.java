package hu.webshopsync.webshop.products;

import hu.webshopsync.webshop.settings.SyncField;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of one product sync run.
 *
 * @param warehouse        the warehouse whose stock goes to the shop; empty: stock is not sent
 * @param taxClasses       VAT code → tax class
 * @param full             resend every product, changed or not
 * @param parallelRequests batch writes in flight at once, and image uploads; when
 *                         {@code adaptiveUpTo} is set, only the image uploads (the batch writes
 *                         start at {@link #ADAPTIVE_START})
 * @param pageSize         products per catalog page
 * @param maxBatchItems    items per batch, at most 100
 * @param maxBatchBytes    approximate body size per batch
 * @param fields           the fields the sync writes ({@code syncFields}); the shop owns the others
 * @param adaptiveUpTo     {@code 0}: {@code parallelRequests} is fixed; otherwise the run tunes the
 *                         writes in flight between 1 and this
 * @param batchBudget      the longest one batch request should take; batches shrink to stay within it
 */
record SyncOptions(Optional<String> warehouse, Map<String, String> taxClasses, boolean full, int parallelRequests,
                   int pageSize, int maxBatchItems, int maxBatchBytes, Set<SyncField> fields, int adaptiveUpTo,
                   Duration batchBudget) {

    /** Where the tuned concurrency starts: low, so a shop with one PHP worker is not crowded at once. */
    static final int ADAPTIVE_START = 2;
    /** Image uploads at once when the batch writes tune themselves: what the default always was. */
    static final int ADAPTIVE_UPLOADS = 4;
    /** The tuned concurrency's ceiling when the owner set none. */
    static final int ADAPTIVE_MAX = 16;
    /** Well below PHP's usual 30 s {@code max_execution_time}. */
    static final Duration BATCH_BUDGET = Duration.ofSeconds(20);

    SyncOptions {
        taxClasses = Map.copyOf(taxClasses);
        fields = Set.copyOf(fields);
        if (maxBatchItems < 1 || maxBatchItems > ProductShop.MAX_BATCH) {
            throw new IllegalArgumentException("maxBatchItems must be 1.." + ProductShop.MAX_BATCH);
        }
        if (parallelRequests < 1 || pageSize < 1 || maxBatchBytes < 1) {
            throw new IllegalArgumentException("parallelRequests, pageSize and maxBatchBytes must be positive");
        }
        if (adaptiveUpTo < 0) {
            throw new IllegalArgumentException("adaptiveUpTo must not be negative");
        }
        if (batchBudget.isNegative() || batchBudget.isZero()) {
            throw new IllegalArgumentException("batchBudget must be positive");
        }
    }

    /**
     * Options that write some fields, with a fixed concurrency and the usual batch budget.
     */
    SyncOptions(Optional<String> warehouse, Map<String, String> taxClasses, boolean full, int parallelRequests,
                int pageSize, int maxBatchItems, int maxBatchBytes, Set<SyncField> fields) {
        this(warehouse, taxClasses, full, parallelRequests, pageSize, maxBatchItems, maxBatchBytes, fields, 0,
                BATCH_BUDGET);
    }

    /**
     * Options that write every field, with a fixed concurrency and the usual batch budget.
     */
    SyncOptions(Optional<String> warehouse, Map<String, String> taxClasses, boolean full, int parallelRequests,
                int pageSize, int maxBatchItems, int maxBatchBytes) {
        this(warehouse, taxClasses, full, parallelRequests, pageSize, maxBatchItems, maxBatchBytes,
                EnumSet.allOf(SyncField.class));
    }

    /** @return the warehouse whose stock is sent: empty when none is set or the shop owns the stock */
    Optional<String> stockWarehouse() {
        return fields.contains(SyncField.STOCK) ? warehouse : Optional.empty();
    }

    /**
     * The same options writing only some fields.
     *
     * @param owned the fields the sync writes
     * @return the options
     */
    SyncOptions owning(Set<SyncField> owned) {
        return new SyncOptions(warehouse, taxClasses, full, parallelRequests, pageSize, maxBatchItems, maxBatchBytes,
                owned, adaptiveUpTo, batchBudget);
    }

    /**
     * The usual options with a fixed concurrency: pages of 500, batches of 100 items or about 1.5 MB.
     *
     * @param warehouse        the stock warehouse, if any
     * @param taxClasses       VAT code → tax class
     * @param full             resend everything
     * @param parallelRequests batch writes in flight at once
     * @return the options
     */
    static SyncOptions of(Optional<String> warehouse, Map<String, String> taxClasses, boolean full,
                          int parallelRequests) {
        return new SyncOptions(warehouse, taxClasses, full, parallelRequests, 500, ProductShop.MAX_BATCH, 1_500_000);
    }

    /**
     * The usual options, the concurrency tuned by the run between 1 and {@link #ADAPTIVE_MAX}.
     *
     * @param warehouse  the stock warehouse, if any
     * @param taxClasses VAT code → tax class
     * @param full       resend everything
     * @return the options
     */
    static SyncOptions adaptive(Optional<String> warehouse, Map<String, String> taxClasses, boolean full) {
        return new SyncOptions(warehouse, taxClasses, full, ADAPTIVE_UPLOADS, 500, ProductShop.MAX_BATCH, 1_500_000,
                EnumSet.allOf(SyncField.class), ADAPTIVE_MAX, BATCH_BUDGET);
    }

    /** @return the most batch writes that may ever be in flight at once in this run */
    int mostParallelRequests() {
        return Math.max(parallelRequests, adaptiveUpTo);
    }

    /** @return the run's concurrency limiter: fixed, or tuning itself */
    ConcurrencyLimiter limiter() {
        return adaptiveUpTo == 0 ? ConcurrencyLimiter.fixed(parallelRequests)
                : ConcurrencyLimiter.adaptive(Math.min(ADAPTIVE_START, adaptiveUpTo), adaptiveUpTo);
    }
}
