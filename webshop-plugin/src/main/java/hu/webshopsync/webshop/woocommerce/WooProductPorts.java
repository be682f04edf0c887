package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.products.ProductSyncPorts;
import hu.webshopsync.webshop.stock.StockPorts;

/**
 * The product sync's and the stock audit's ports over one WooCommerce connection.
 */
public final class WooProductPorts {

    private WooProductPorts() {
    }

    /**
     * The ports of a run; the Feign clients are built on first use, not here.
     *
     * @param connection the run's view of the shop connection
     * @return the ports
     */
    public static ProductSyncPorts of(ShopConnection connection) {
        return new ProductSyncPorts(connection.host(),
                new WooProductShop(connection.api(WooProductsApi.class), connection.api(WooStoreApi.class)),
                new WooCategoryShop(connection.api(WooCategoriesApi.class)), connection.categoryIds(),
                connection.media().map(WooMediaShop::new));
    }

    /**
     * The stock audit's ports of a run; the Feign clients are built on first use, not here.
     *
     * @param connection the run's view of the shop connection
     * @return the ports
     */
    public static StockPorts stock(ShopConnection connection) {
        WooProductsApi products = connection.api(WooProductsApi.class);
        return new StockPorts(connection.host(), new WooStockShop(products),
                new WooProductShop(products, connection.api(WooStoreApi.class)));
    }
}
