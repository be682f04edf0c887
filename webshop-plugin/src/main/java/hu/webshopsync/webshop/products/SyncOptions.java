package hu.webshopsync.webshop.products;

import java.util.Map;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import hu.webshopsync.webshop.settings.SyncField;

/**
 * The settings of one product sync run.
 *
 * @param warehouse        the warehouse whose stock goes to the shop; empty: stock is not sent
 * @param taxClasses       VAT code → tax class
 * @param full             resend every product, changed or not
 * @param parallelRequests batch writes in flight at once
 * @param pageSize         products per catalog page
 * @param maxBatchItems    items per batch, at most 100
 * @param maxBatchBytes    approximate body size per batch
 * @param fields           the fields the sync writes ({@code syncFields}); the shop owns the others
 */
record SyncOptions(Optional<String> warehouse, Map<String, String> taxClasses, boolean full, int parallelRequests,
                   int pageSize, int maxBatchItems, int maxBatchBytes, Set<SyncField> fields) {

    SyncOptions {
        taxClasses = Map.copyOf(taxClasses);
        fields = Set.copyOf(fields);
        if (maxBatchItems < 1 || maxBatchItems > ProductShop.MAX_BATCH) {
            throw new IllegalArgumentException("maxBatchItems must be 1.." + ProductShop.MAX_BATCH);
        }
        if (parallelRequests < 1 || pageSize < 1 || maxBatchBytes < 1) {
            throw new IllegalArgumentException("parallelRequests, pageSize and maxBatchBytes must be positive");
        }
    }

    /**
     * Options that write every field.
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
                owned);
    }

    /**
     * The usual options: pages of 500, batches of 100 items or about 1.5 MB.
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
}
