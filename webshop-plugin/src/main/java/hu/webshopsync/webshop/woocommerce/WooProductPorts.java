package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.products.ProductSyncPorts;

/**
 * The product sync's ports over one WooCommerce connection.
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
}
