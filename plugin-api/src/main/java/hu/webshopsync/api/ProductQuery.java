package hu.webshopsync.api;

import java.util.Set;

/**
 * Selects one page of products, ordered by SKU, so that a plugin can walk a large catalog without
 * holding it in memory.
 *
 * @param fieldKey   only products whose sheet field with this key has {@code fieldValue}; {@code null} for all
 * @param fieldValue the value the field must have, e.g. {@code true}
 * @param skus       only these SKUs; empty for no restriction
 * @param afterSku   only SKUs after this one (keyset paging); {@code null} to start at the beginning
 * @param limit      at most this many products, 1 to 10,000
 */
public record ProductQuery(String fieldKey, String fieldValue, Set<String> skus, String afterSku, int limit) {

    /**
     * Validates and copies.
     */
    public ProductQuery {
        skus = Set.copyOf(skus);
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000: " + limit);
        }
    }

    /**
     * The first page of products whose field {@code fieldKey} equals {@code fieldValue}.
     *
     * @param fieldKey   the sheet field's key
     * @param fieldValue the value
     * @param limit      the page size
     * @return the query
     */
    public static ProductQuery withField(String fieldKey, String fieldValue, int limit) {
        return new ProductQuery(fieldKey, fieldValue, Set.of(), null, limit);
    }

    /**
     * The first page of all products.
     *
     * @param limit the page size
     * @return the query
     */
    public static ProductQuery all(int limit) {
        return new ProductQuery(null, null, Set.of(), null, limit);
    }

    /**
     * The same query restricted to some SKUs.
     *
     * @param onlySkus the SKUs
     * @return the query
     */
    public ProductQuery onlySkus(Set<String> onlySkus) {
        return new ProductQuery(fieldKey, fieldValue, onlySkus, afterSku, limit);
    }

    /**
     * The next page: the same query starting after the given SKU.
     *
     * @param sku the last SKU of the previous page
     * @return the query
     */
    public ProductQuery after(String sku) {
        return new ProductQuery(fieldKey, fieldValue, skus, sku, limit);
    }
}
