package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.images.ImageResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the products marked Webáruházas (or the selected ones among them) in keyset pages, with
 * each page's bindings and stock read in one go: at most one page is in memory.
 */
final class CatalogReader {

    /**
     * One page of the catalog.
     *
     * @param products the page's products as the host found them
     * @param bindings their product bindings, by SKU
     * @param media    their media bindings, by SKU
     * @param stock    their stock in the configured warehouse, by SKU; empty when stock is not sent
     */
    record Page(List<Product> products, Map<String, Binding> bindings, Map<String, Binding> media,
                Map<String, StockLevel> stock) {

        List<Product> marked() {
            return products.stream().filter(CatalogReader::isMarked).toList();
        }
    }

    private final ActionContext ctx;
    private final int pageSize;
    private final Optional<String> warehouse;
    private ProductQuery next;

    CatalogReader(ActionContext ctx, int pageSize, Optional<String> warehouse) {
        this.ctx = ctx;
        this.pageSize = pageSize;
        this.warehouse = warehouse;
        ProductQuery q = ProductQuery.withField(ProductSync.FIELD_KEY, "true", pageSize);
        this.next = ctx.selection().isEmpty() ? q : q.onlySkus(ctx.selection());
    }

    /** @return how many products the walk will meet */
    long count() {
        return ctx.host().products().count(next);
    }

    /** @return the next page, empty after the last */
    Optional<Page> next() {
        if (next == null) {
            return Optional.empty();
        }
        List<Product> products = ctx.host().products().find(next);
        if (products.isEmpty()) {
            next = null;
            return Optional.empty();
        }
        next = products.size() < pageSize ? null : next.after(products.get(products.size() - 1).sku());
        List<String> skus = products.stream().map(Product::sku).toList();
        return Optional.of(new Page(products, ctx.state().bindings(ProductSync.KIND, skus),
                ctx.state().bindings(ImageResolver.KIND, skus),
                warehouse.isPresent() ? ctx.host().inventory().levels(warehouse.get(), skus) : Map.of()));
    }

    /** Whether the product sheet's Webáruházas box is ticked; the host's filter is not trusted blindly. */
    static boolean isMarked(Product product) {
        return product.field(ProductSync.FIELD_KEY).map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
    }
}
