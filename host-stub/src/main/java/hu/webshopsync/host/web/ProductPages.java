package hu.webshopsync.host.web;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.api.ProductQuery;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.catalog.SheetFields;
import hu.webshopsync.host.text.Formats;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Termékkezelés › Termékek: the products list with search and the plugins' buttons, and the
 * product sheet with the visible plugin fields and the stock per warehouse.
 */
final class ProductPages {

    /** Rows drawn at most; the search narrows the rest. */
    static final int SHOWN = 500;
    private static final int PAGE = 1_000;

    private final Host host;
    private final Layout layout;

    ProductPages(Host host, Layout layout) {
        this.host = host;
        this.layout = layout;
    }

    void list(WebRequest r) {
        String q = Optional.ofNullable(r.ctx().queryParam("q")).orElse("").strip();
        List<Product> found = new ArrayList<>();
        int matches = 0;
        String needle = q.toLowerCase(Locale.ROOT);
        for (ProductQuery query = ProductQuery.all(PAGE); query != null; ) {
            List<Product> page = host.services().products().find(query);
            for (Product p : page) {
                if (needle.isEmpty() || p.sku().toLowerCase(Locale.ROOT).contains(needle)
                        || p.name().toLowerCase(Locale.ROOT).contains(needle)) {
                    matches++;
                    if (found.size() < SHOWN) {
                        found.add(p);
                    }
                }
            }
            query = page.size() < PAGE ? null : query.after(page.get(page.size() - 1).sku());
        }
        List<ProductSheetField> fields = host.sheetFields().visible();
        List<String> warehouses = host.services().inventory().warehouses();
        Map<String, Map<String, StockLevel>> stock = stock(warehouses, found.stream().map(Product::sku).toList());
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);

        Html h = new Html();
        h.open("form", "method", "get", "action", "/products", "class", "search", "role", "search")
                .open("input", "type", "search", "name", "q", "value", q, "id", "search",
                        "placeholder", r.t("products.searchPlaceholder"))
                .element("button", r.t("products.search"), "type", "submit", "id", "search-button")
                .close("form");
        h.open("form", "method", "post", "action", "/actions/start", "id", "product-actions")
                .append(r.csrfField())
                .open("input", "type", "hidden", "name", "from", "value", "products");
        h.open("div", "class", "toolbar");
        for (ProductListAction action : host.extensions().productActions()) {
            h.element("button", action.label(r.locale()), "type", "submit", "name", "action", "value", action.id(),
                    "class", "action", "id", "action-" + action.id());
        }
        h.element("span", r.t("products.selectionHint"), "class", "hint");
        h.close("div");
        h.open("table", "class", "grid", "id", "products").open("thead").open("tr")
                .element("th", "", "class", "select")
                .element("th", r.t("products.sku"))
                .element("th", r.t("products.name"))
                .element("th", r.t("products.netPrice"), "class", "num")
                .element("th", r.t("products.vat"))
                .element("th", r.t("products.category"));
        fields.forEach(f -> h.element("th", f.label(r.locale())));
        warehouses.forEach(w -> h.element("th", w, "class", "num"));
        h.close("tr").close("thead").open("tbody");
        for (Product p : found) {
            h.open("tr").open("td", "class", "select")
                    .open("input", "type", "checkbox", "name", "sku", "value", p.sku(),
                            "aria-label", r.t("products.select", p.sku()))
                    .close("td")
                    .open("td").element("a", p.sku(), "href", "/product?sku=" + WebRequest.encode(p.sku()))
                    .close("td")
                    .element("td", p.name())
                    .element("td", formats.money(p.netPrice(), host.services().currency()), "class", "num")
                    .element("td", p.vatRate().code())
                    .element("td", p.firstCategory().orElse(""));
            for (ProductSheetField f : fields) {
                h.element("td", fieldText(r, f, p.field(f.key()).orElse(null)));
            }
            for (String w : warehouses) {
                StockLevel level = stock.get(w).get(p.sku());
                h.element("td", formats.number(level == null ? null : level.onHand()), "class", "num");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("form");
        h.element("p", matches > found.size() ? r.t("products.countLimited", matches, found.size())
                : r.t("products.count", matches), "class", "count");
        r.ctx().html(layout.page(r, MenuItem.PRODUCTS, r.t("products.title"), h, null));
    }

    void sheet(WebRequest r) {
        sheet(r, r.ctx().queryParam("sku"), Map.of(), Map.of());
    }

    void saveFields(WebRequest r) {
        String sku = r.ctx().formParam("sku");
        if (sku == null || host.services().products().bySku(sku).isEmpty()) {
            notFound(r, sku);
            return;
        }
        SheetFields sheet = host.sheetFields();
        List<String> shown = r.ctx().formParams("shown");
        Map<String, String> values = new LinkedHashMap<>();
        for (ProductSheetField field : sheet.visible()) {
            if (!shown.contains(field.key())) {
                continue; // became visible after the page was drawn: the user has not seen it
            }
            String value = r.ctx().formParam("field." + field.key());
            // an unticked checkbox is not sent at all
            values.put(field.key(), field.type() == FieldType.BOOLEAN ? String.valueOf(value != null)
                    : Optional.ofNullable(value).orElse(""));
        }
        Map<String, String> errors = new HashMap<>();
        values.forEach((key, value) -> sheet.check(key, value)
                .ifPresent(refusal -> errors.put(key, refusalText(r, refusal, key))));
        if (!errors.isEmpty()) {
            r.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
            sheet(r, sku, values, errors);
            return;
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            Optional<SheetFields.Refusal> refusal = sheet.set(sku, e.getKey(), e.getValue());
            if (refusal.isPresent()) {
                errors.put(e.getKey(), refusalText(r, refusal.get(), e.getKey()));
            }
        }
        if (!errors.isEmpty()) {
            r.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
            sheet(r, sku, values, errors);
            return;
        }
        r.notice(r.t("sheet.saved", sku), false, null);
        r.ctx().redirect("/product?sku=" + WebRequest.encode(sku), HttpStatus.SEE_OTHER);
    }

    private void sheet(WebRequest r, String sku, Map<String, String> entered, Map<String, String> errors) {
        Optional<Product> found = sku == null ? Optional.empty() : host.services().products().bySku(sku);
        if (found.isEmpty()) {
            notFound(r, sku);
            return;
        }
        Product p = found.get();
        Formats formats = Formats.forPage(r.locale(), HostConfig.ERP_ZONE);
        Html h = new Html();
        h.open("div", "class", "sheet").open("table", "class", "details", "id", "sheet");
        row(h, r.t("sheet.sku"), p.sku());
        row(h, r.t("sheet.name"), p.name());
        row(h, r.t("sheet.unit"), p.unit());
        row(h, r.t("sheet.netPrice"), formats.money(p.netPrice(), host.services().currency()));
        row(h, r.t("sheet.vatRate"), p.vatRate().code());
        row(h, r.t("sheet.category"), String.join(" › ", p.categories().stream().map(c -> c.value()).toList()));
        row(h, r.t("sheet.image"), p.image().map(Object::toString).orElse("–"));
        row(h, r.t("sheet.note"), p.note());
        h.close("table");

        List<ProductSheetField> fields = host.sheetFields().visible();
        if (!fields.isEmpty()) {
            h.open("form", "method", "post", "action", "/product/fields", "class", "fields", "id", "sheet-fields")
                    .append(r.csrfField())
                    .open("input", "type", "hidden", "name", "sku", "value", p.sku())
                    .element("h2", r.t("sheet.pluginFields"));
            for (ProductSheetField f : fields) {
                String name = "field." + f.key();
                String value = entered.containsKey(f.key()) ? entered.get(f.key()) : p.field(f.key()).orElse("");
                h.open("input", "type", "hidden", "name", "shown", "value", f.key());
                h.open("div", "class", errors.containsKey(f.key()) ? "field invalid" : "field");
                if (f.type() == FieldType.BOOLEAN) {
                    h.open("label", "class", "check")
                            .open("input", "type", "checkbox", "name", name, "value", "true", "id", name,
                                    "checked", "true".equals(value) ? "" : null)
                            .text(" ").text(f.label(r.locale())).close("label");
                } else {
                    h.element("label", f.label(r.locale()), "for", name)
                            .open("input", "type", "text", "name", name, "id", name, "value", value,
                                    "inputmode", f.type() == FieldType.TEXT ? null : "decimal");
                }
                if (errors.containsKey(f.key())) {
                    h.element("div", errors.get(f.key()), "class", "error-text");
                }
                h.close("div");
            }
            h.element("button", r.t("sheet.save"), "type", "submit", "id", "save-fields").close("form");
        }

        h.element("h2", r.t("sheet.stock"));
        h.open("table", "class", "grid narrow", "id", "stock").open("thead").open("tr")
                .element("th", r.t("sheet.warehouse"))
                .element("th", r.t("sheet.onHand"), "class", "num")
                .element("th", r.t("sheet.reserved"), "class", "num")
                .element("th", r.t("sheet.available"), "class", "num")
                .close("tr").close("thead").open("tbody");
        List<String> warehouses = host.services().inventory().warehouses();
        Map<String, Map<String, StockLevel>> stock = stock(warehouses, List.of(p.sku()));
        for (String w : warehouses) {
            StockLevel level = Optional.ofNullable(stock.get(w).get(p.sku())).orElse(StockLevel.ZERO);
            h.open("tr").element("td", w)
                    .element("td", formats.number(level.onHand()), "class", "num")
                    .element("td", formats.number(level.reserved()), "class", "num")
                    .element("td", level.available(), "class", "num").close("tr");
        }
        if (warehouses.isEmpty()) {
            h.open("tr").element("td", r.t("sheet.noWarehouses"), "colspan", "4").close("tr");
        }
        h.close("tbody").close("table").close("div");
        h.open("p").element("a", r.t("sheet.back"), "href", "/products").close("p");
        r.ctx().html(layout.page(r, MenuItem.PRODUCTS, r.t("sheet.title", p.name()), h, null));
    }

    private Map<String, Map<String, StockLevel>> stock(List<String> warehouses, List<String> skus) {
        Map<String, Map<String, StockLevel>> stock = new HashMap<>();
        for (String warehouse : warehouses) {
            stock.put(warehouse, skus.isEmpty() ? Map.of() : host.services().inventory().levels(warehouse, skus));
        }
        return stock;
    }

    private void notFound(WebRequest r, String sku) {
        r.ctx().status(HttpStatus.NOT_FOUND);
        Html h = new Html().element("p", r.t("products.unknown", sku == null ? "" : sku));
        r.ctx().html(layout.page(r, MenuItem.PRODUCTS, r.t("products.title"), h, null));
    }

    private String refusalText(WebRequest r, SheetFields.Refusal refusal, String key) {
        FieldType type = host.extensions().sheetFields().stream().filter(f -> f.key().equals(key)).findFirst()
                .map(ProductSheetField::type).orElse(FieldType.TEXT);
        return switch (refusal) {
            case UNKNOWN_FIELD, NOT_VISIBLE -> r.t("sheet.notVisible");
            case INVALID_VALUE -> r.t("sheet.invalid", r.t("fieldType." + type.name()));
            case UNKNOWN_PRODUCT -> r.t("products.unknown", "");
        };
    }

    private static void row(Html h, String label, String value) {
        h.open("tr").element("th", label).element("td", value == null || value.isEmpty() ? "–" : value).close("tr");
    }

    static String fieldText(WebRequest r, ProductSheetField field, String value) {
        if (value == null) {
            return "";
        }
        if (field.type() == FieldType.BOOLEAN) {
            return "true".equals(value) ? r.t("value.true") : r.t("value.false");
        }
        return value;
    }
}
