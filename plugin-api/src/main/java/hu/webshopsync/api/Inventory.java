package hu.webshopsync.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Warehouses and stock levels.
 */
public interface Inventory {

    /**
     * The warehouses, by code.
     *
     * @return the warehouse codes, e.g. {@code KÖZPONT}, {@code BOLT}
     */
    List<String> warehouses();

    /**
     * Stock levels of some products in one warehouse.
     *
     * @param warehouse the warehouse code
     * @param skus      the products
     * @return levels by SKU; a product with no stock record in the warehouse has a zero level
     * @throws IllegalArgumentException when the warehouse does not exist
     */
    Map<String, StockLevel> levels(String warehouse, Collection<String> skus);
}
