package hu.webshopsync.host.cli;

import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.text.Formats;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Products as the CLI shows them: the product sheet's values, the visible plugin fields and the
 * stock per warehouse.
 */
final class ProductViews {

    private final Host host;
    private final List<ProductSheetField> visibleFields;
    private final List<String> warehouses;

    ProductViews(Host host, List<ProductSheetField> visibleFields) {
        this.host = host;
        this.visibleFields = visibleFields;
        this.warehouses = host.services().inventory().warehouses();
    }

    List<ProductSheetField> visibleFields() {
        return visibleFields;
    }

    /** One page of products, with stock read in one query per warehouse. */
    List<ProductView> views(List<Product> products) {
        List<String> skus = products.stream().map(Product::sku).toList();
        Map<String, Map<String, StockLevel>> stock = new HashMap<>();
        for (String warehouse : warehouses) {
            stock.put(warehouse, host.services().inventory().levels(warehouse, skus));
        }
        return products.stream().map(p -> view(p, stock)).toList();
    }

    private ProductView view(Product p, Map<String, Map<String, StockLevel>> stock) {
        // a map that keeps nulls: a visible field without a value is printed as null, not left out
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProductSheetField field : visibleFields) {
            fields.put(field.key(), p.field(field.key()).orElse(null));
        }
        return new ProductView(p.sku(), p.name(), p.unit(), Formats.exact(p.netPrice(), true), p.vatRate().code(),
                Formats.exact(ProductRules.grossPrice(p.netPrice(), p.vatRate()), true), p.note(),
                p.firstCategory().orElse(null), p.image().map(Object::toString).orElse(null),
                Collections.unmodifiableMap(fields), perWarehouse(p, stock, StockLevel::onHand),
                perWarehouse(p, stock, StockLevel::reserved));
    }

    private Map<String, String> perWarehouse(Product p, Map<String, Map<String, StockLevel>> stock,
                                             Function<StockLevel, BigDecimal> quantity) {
        Map<String, String> levels = new LinkedHashMap<>();
        for (String warehouse : warehouses) {
            StockLevel level = stock.get(warehouse).getOrDefault(p.sku(), StockLevel.ZERO);
            levels.put(warehouse, Formats.exact(quantity.apply(level), false));
        }
        return Collections.unmodifiableMap(levels);
    }
}
