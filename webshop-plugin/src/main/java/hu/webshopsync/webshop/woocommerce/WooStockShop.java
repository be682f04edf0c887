package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.stock.StockShop;
import java.util.List;
import java.util.Objects;

/**
 * {@link StockShop} over the WooCommerce REST API: {@code GET /products} by id, 100 a page, every
 * status but trash.
 */
final class WooStockShop implements StockShop {

    private final WooProductsApi products;

    /**
     * @param products the products client
     */
    WooStockShop(WooProductsApi products) {
        this.products = Objects.requireNonNull(products, "products");
    }

    @Override
    public List<ShopStock> page(int page) {
        if (page < 1) {
            throw new IllegalArgumentException("pages start at 1: " + page);
        }
        return products.page(page, PAGE_SIZE).stream()
                .map(p -> new ShopStock(p.id(), p.sku(), Boolean.TRUE.equals(p.manageStock()), p.stockQuantity()))
                .toList();
    }
}
