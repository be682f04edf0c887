package hu.webshopsync.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the ERP's product master.
 */
public interface ProductCatalog {

    /**
     * One page of products in SKU order.
     *
     * @param query what to select and where to start
     * @return at most {@code query.limit()} products; fewer (possibly none) at the end
     */
    List<Product> find(ProductQuery query);

    /**
     * Products by SKU, for the SKUs that exist.
     *
     * @param skus the SKUs to look up
     * @return the products found, by SKU; missing SKUs are absent
     */
    Map<String, Product> bySkus(Collection<String> skus);

    /**
     * How many products a query selects from its start ({@code afterSku}), without its limit: the
     * total of a progress bar. The default pages through {@link #find(ProductQuery)}, reading every
     * product; hosts should answer with one count query.
     *
     * @param query what to count; its limit only sizes the default's pages
     * @return the number of products {@link #find(ProductQuery)} would return page after page
     */
    default long count(ProductQuery query) {
        long n = 0;
        ProductQuery page = query;
        while (true) {
            List<Product> found = find(page);
            n += found.size();
            if (found.size() < page.limit()) {
                return n;
            }
            page = page.after(found.get(found.size() - 1).sku());
        }
    }

    /**
     * One product by SKU.
     *
     * @param sku the SKU
     * @return the product, if it exists
     */
    default Optional<Product> bySku(String sku) {
        return Optional.ofNullable(bySkus(List.of(sku)).get(sku));
    }
}
