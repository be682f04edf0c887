package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Product;
import java.util.Map;
import java.util.Optional;

/**
 * What the ERP knows about one page's products, looked up in bulk before the page is mapped, so
 * that {@link OrderMapper} needs no I/O.
 *
 * @param productsBySku       ERP products by SKU (order line SKUs, the service SKUs, and SKUs found by binding)
 * @param skuByShopProductId  the SKU the product sync bound a shop product id to, for lines whose SKU is missing or stale
 */
record OrderLookups(Map<String, Product> productsBySku, Map<Long, String> skuByShopProductId) {

    /** Nothing known. */
    public static final OrderLookups NONE = new OrderLookups(Map.of(), Map.of());

    /**
     * Copies the maps.
     */
    public OrderLookups {
        productsBySku = Map.copyOf(productsBySku);
        skuByShopProductId = Map.copyOf(skuByShopProductId);
    }

    /**
     * An ERP product by SKU.
     *
     * @param sku the SKU, may be {@code null}
     * @return the product, if the ERP has it
     */
    public Optional<Product> product(String sku) {
        return sku == null ? Optional.empty() : Optional.ofNullable(productsBySku.get(sku));
    }

    /**
     * The SKU bound to a shop product id.
     *
     * @param shopProductId the shop's product id, may be {@code null}
     * @return the SKU, if bound
     */
    public Optional<String> boundSku(Long shopProductId) {
        return shopProductId == null ? Optional.empty() : Optional.ofNullable(skuByShopProductId.get(shopProductId));
    }
}
