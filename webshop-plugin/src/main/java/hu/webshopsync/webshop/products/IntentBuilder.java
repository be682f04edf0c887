package hu.webshopsync.webshop.products;

import hu.webshopsync.api.Product;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.webshop.categories.CategoryPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an ERP product for what the shop cannot take, and builds its {@link ProductIntent}: price,
 * tax class, description, category path, stock and image.
 */
final class IntentBuilder {

    /** A product that is not sent, with the reason. */
    record Skip(String messageKey, List<Object> args) {
    }

    private final PriceCalculator prices;
    private final Map<String, String> taxClasses;

    /**
     * @param prices     the price rule of this run
     * @param taxClasses VAT code → tax class
     */
    IntentBuilder(PriceCalculator prices, Map<String, String> taxClasses) {
        this.prices = Objects.requireNonNull(prices, "prices");
        this.taxClasses = Map.copyOf(taxClasses);
    }

    /**
     * Checks a product for what the shop cannot take.
     *
     * @param product the product
     * @return the reason to skip it, or {@code null} when it can be sent
     */
    Skip check(Product product) {
        if (product.sku().isBlank()) {
            return new Skip("skip.noSku", List.of());
        }
        // WooCommerce splits the sku filter on commas, so such a SKU could never be looked up.
        if (product.sku().contains(",")) {
            return new Skip("skip.skuComma", List.of());
        }
        if (product.name().isBlank()) {
            return new Skip("skip.noName", List.of());
        }
        // No upper limit on the name, on purpose: WooCommerce's REST API has none, WordPress keeps
        // post_title as TEXT (64 KB) and cuts only the generated slug (200), and the ERP's own field
        // holds at most 500 characters. Refusing a long name would take a sellable product off the
        // shop for a cosmetic reason; it is sent as is (BadProductInputIT checks 500 characters).
        if (product.netPrice().compareTo(BigDecimal.ZERO) < 0) {
            return new Skip("skip.negativePrice", List.of(product.netPrice().toPlainString()));
        }
        return null;
    }

    /**
     * The intent of a product that passed {@link #check(Product)}.
     *
     * @param product the product
     * @param stock   its stock in the configured warehouse, or {@code null} when stock is not synced
     * @param image   what its shop image should be
     * @return the intent
     */
    ProductIntent intent(Product product, StockLevel stock, ImageIntent image) {
        CategoryPath category = product.firstCategory().map(CategoryPath::parse).orElse(null);
        return new ProductIntent(
                product.sku(),
                product.name().strip(),
                prices.regularPrice(product.netPrice(), product.vatRate()),
                taxClasses.get(product.vatRate().code()),
                DescriptionHtml.fromNote(product.note()),
                category == null || category.isEmpty() ? null : category.toString(),
                stock == null ? null : stock.available(),
                image,
                "publish");
    }
}
