package hu.webshopsync.host.cli;

import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.text.Formats;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Products as the CLI shows them: the product sheet's values, the visible plugin fields and the
 * stock per warehouse, in the JSON field order scripts rely on.
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

    /** One page of products as ordered maps, with stock read in one query per warehouse. */
    List<Map<String, Object>> views(List<Product> products) {
        List<String> skus = products.stream().map(Product::sku).toList();
        Map<String, Map<String, StockLevel>> stock = new HashMap<>();
        for (String warehouse : warehouses) {
            stock.put(warehouse, host.services().inventory().levels(warehouse, skus));
        }
        return products.stream().map(p -> view(p, stock)).toList();
    }

    private Map<String, Object> view(Product p, Map<String, Map<String, StockLevel>> stock) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", p.sku());
        view.put("name", p.name());
        view.put("unit", p.unit());
        view.put("netPrice", Formats.exact(p.netPrice(), true));
        view.put("vatRate", p.vatRate().code());
        view.put("grossPrice", Formats.exact(ProductRules.grossPrice(p.netPrice(), p.vatRate()), true));
        view.put("note", p.note());
        view.put("category", p.firstCategory().orElse(null));
        view.put("image", p.image().map(Object::toString).orElse(null));
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProductSheetField field : visibleFields) {
            fields.put(field.key(), p.field(field.key()).orElse(null));
        }
        view.put("fields", fields);
        Map<String, String> levels = new LinkedHashMap<>();
        for (String warehouse : warehouses) {
            StockLevel level = stock.get(warehouse).get(p.sku());
            levels.put(warehouse, Formats.exact(level == null ? BigDecimal.ZERO : level.onHand(), false));
        }
        view.put("stock", levels);
        return view;
    }
}
