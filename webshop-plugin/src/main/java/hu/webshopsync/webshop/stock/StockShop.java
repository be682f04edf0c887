package hu.webshopsync.webshop.stock;

import java.util.List;

/**
 * What the stock audit reads from a shop, in the audit's terms: the WooCommerce adapter implements it
 * in the {@code woocommerce} package; tests drive the audit with an in-memory shop. A request that
 * fails throws a {@link hu.webshopsync.webshop.shop.ShopException}.
 */
public interface StockShop {

    /** Products per page, the most a shop answers at once. */
    int PAGE_SIZE = 100;

    /**
     * One shop product's stock.
     *
     * @param id       the shop's id
     * @param sku      the SKU as the shop stores it, "" when none
     * @param managed  whether the shop tracks its stock
     * @param quantity the stock quantity when tracked; {@code null} when the shop gives none
     */
    record ShopStock(long id, String sku, boolean managed, Long quantity) {

        /**
         * Missing SKUs become empty.
         */
        public ShopStock {
            sku = sku == null ? "" : sku;
        }
    }

    /**
     * One page of every product the shop has (any status but trash), in a stable order (by id), so
     * that walking the pages meets each product once even while products are added.
     *
     * @param page the page, from 1
     * @return at most {@link #PAGE_SIZE} products; fewer after the last
     */
    List<ShopStock> page(int page);
}
