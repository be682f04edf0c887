package hu.webshopsync.webshop.shoprenter;

import hu.webshopsync.webshop.products.ProductSyncPorts;
import hu.webshopsync.webshop.stock.StockPorts;
import java.util.Optional;

/**
 * The product sync's and the stock audit's ports over one Shoprenter connection. Images need no
 * credentials of their own there: the API user uploads them.
 */
public final class ShoprenterPorts {

    private ShoprenterPorts() {
    }

    /**
     * @param connection the run's view of the shop connection
     * @return the product sync's ports
     */
    public static ProductSyncPorts of(SrConnection connection) {
        ShoprenterClient client = connection.client();
        SrShopCache cache = connection.cache();
        return new ProductSyncPorts(connection.host(), new SrProductShop(client, cache),
                new SrCategoryShop(client, cache), cache.categoryPaths(),
                Optional.of(new SrMediaShop(client, cache)));
    }

    /**
     * @param connection the run's view of the shop connection
     * @return the stock audit's ports
     */
    public static StockPorts stock(SrConnection connection) {
        ShoprenterClient client = connection.client();
        SrShopCache cache = connection.cache();
        return new StockPorts(connection.host(), new SrStockShop(client, cache), new SrProductShop(client, cache));
    }
}
