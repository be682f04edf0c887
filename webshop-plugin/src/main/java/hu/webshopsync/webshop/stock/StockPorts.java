package hu.webshopsync.webshop.stock;

import hu.webshopsync.webshop.products.ProductShop;
import java.util.Objects;

/**
 * One shop as the stock audit sees it, for one run.
 *
 * @param host     the shop's host, for messages
 * @param stock    its products' stock, read page by page
 * @param products its products' batch write, for the corrections
 */
public record StockPorts(String host, StockShop stock, ProductShop products) {

    /**
     * Checks that nothing is missing.
     */
    public StockPorts {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(products, "products");
    }
}
