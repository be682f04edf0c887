package hu.webshopsync.webshop.products;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * What the product sync needs from a shop, in the sync's terms: the WooCommerce adapter implements
 * it in the {@code woocommerce} package; tests drive the sync with an in-memory shop. A request that
 * fails as a whole throws a {@link hu.webshopsync.webshop.shop.ShopException}; a product the shop
 * refuses within a batch is a {@link Rejected} with a {@link Rejection} saying why.
 */
public interface ProductShop {

    /** The largest number of products in one {@link #write(List)} or {@link #findBySkus(List)}. */
    int MAX_BATCH = 100;

    /**
     * A shop product found by SKU.
     *
     * @param id       the shop's id
     * @param sku      the SKU as the shop stores it
     * @param type     e.g. {@code simple}, {@code variation}
     * @param parentId the parent of a variation, 0 otherwise
     */
    record ShopProduct(long id, String sku, String type, long parentId) {

        /** @return whether this is a variation of another product, which a simple ERP product cannot adopt */
        public boolean variation() {
            return "variation".equals(type) || parentId != 0;
        }
    }

    /**
     * One product to create ({@code id == null}) or update.
     *
     * @param sku     the SKU
     * @param id      the shop's id for an update, {@code null} for a create
     * @param payload the fields to send
     */
    record ProductWrite(String sku, Long id, ProductPayload payload) {

        /** @return whether this creates a product */
        public boolean create() {
            return id == null;
        }
    }

    /** The result of one write of a batch. */
    sealed interface WriteResult {
    }

    /**
     * The product was stored.
     *
     * @param id          its id
     * @param categoryIds the categories the shop stored (empty when the answer did not say)
     */
    record Written(long id, List<Long> categoryIds) implements WriteResult {
    }

    /**
     * The shop refused this product.
     *
     * @param reason why, in the sync's terms
     */
    record Rejected(Rejection reason) implements WriteResult {
    }

    /**
     * Reads the shop's tax settings, fresh for every run.
     *
     * @return which price the shop expects
     */
    PriceMode priceMode();

    /**
     * {@link #priceMode()}, its reads sent at the same time where there are several.
     *
     * @param pool runs one of the reads while the caller makes another
     * @return which price the shop expects
     */
    default PriceMode priceMode(ExecutorService pool) {
        return priceMode();
    }

    /**
     * The tax class each ERP VAT code is written with, read from the shop where it decides them.
     * WooCommerce takes the owner's {@code vatTaxClassMap} as it is; Shoprenter matches its own
     * tax classes by rate. A code left out is not sent (the shop keeps its class).
     *
     * @param configured the {@code vatTaxClassMap} setting: VAT code → tax class
     * @return VAT code → the tax class to send
     */
    default Map<String, String> taxClasses(Map<String, String> configured) {
        return configured;
    }

    /**
     * Products by SKU, compared as the shop compares SKUs (without regard to case).
     *
     * @param skus at most {@link #MAX_BATCH} SKUs
     * @return the products found, variations included
     */
    List<ShopProduct> findBySkus(List<String> skus);

    /**
     * Whether the shop has no products at all (trash aside), in one request. A sync that finds the
     * shop empty when it starts, and holds the only lock on it, need not look its new SKUs up.
     *
     * @return true when the shop has no product
     */
    boolean isEmpty();

    /**
     * The longest the shop lets one request run before it stops it half done (PHP's
     * {@code max_execution_time}), when the shop says; one request. Not knowing is no error.
     *
     * @return the limit; empty when the shop has none or does not say
     */
    default Optional<Duration> timeLimit() {
        return Optional.empty();
    }

    /**
     * Creates and updates products in one request. Not atomic: items may fail one by one.
     *
     * @param writes at most {@link #MAX_BATCH} writes, no SKU twice
     * @return one result per write, in the same order
     */
    List<WriteResult> write(List<ProductWrite> writes);
}
