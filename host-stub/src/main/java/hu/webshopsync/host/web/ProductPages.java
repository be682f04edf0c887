package hu.webshopsync.host.web;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.api.VatRate;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.catalog.InvalidProductValue;
import hu.webshopsync.host.catalog.ProductEditor;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.catalog.SheetFields;
import hu.webshopsync.host.text.Formats;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Termékkezelés › Termékek › adatlap: the product sheet with the product master's own fields, the
 * visible plugin fields and the stock per warehouse; {@link ProductListPage} is the list.
 */
final class ProductPages {

    private final Host host;
    private final Layout layout;

    ProductPages(Host host, Layout layout) {
        this.host = host;
        this.layout = layout;
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
        h.open("div", "class", "sheet");
        ownFields(r, h, p, formats, entered, errors);
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
        Map<String, Map<String, StockLevel>> stock = stock(host, warehouses, List.of(p.sku()));
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

    /**
     * The product master's own fields as a form, with the gross price beside the net price and the
     * image as a thumbnail; the values the user entered stay in a refused form.
     */
    private void ownFields(WebRequest r, Html h, Product p, Formats formats, Map<String, String> entered,
                           Map<String, String> errors) {
        String currency = host.services().currency();
        h.open("form", "method", "post", "action", "/product/edit", "class", "fields own", "id", "sheet-own")
                .append(r.csrfField())
                .open("input", "type", "hidden", "name", "sku", "value", p.sku());
        if (p.image().isPresent()) {
            h.open("figure", "class", "product-image");
            thumbnail(h, p, "thumb");
            h.element("figcaption", p.image().get().getFileName()).close("figure");
        }
        h.open("table", "class", "details", "id", "sheet");
        row(h, r.t("sheet.sku"), p.sku());
        input(r, h, "name", r.t("sheet.name"), entered.getOrDefault("name", p.name()), errors, null);
        input(r, h, "unit", r.t("sheet.unit"), entered.getOrDefault("unit", p.unit()), errors, null);
        input(r, h, "net_price", r.t("sheet.netPrice") + " (" + currency + ")",
                entered.getOrDefault("net_price", Formats.exact(p.netPrice(), true)), errors, "decimal");
        String vat = entered.getOrDefault("vat_rate", p.vatRate().code());
        h.open("tr").open("th").element("label", r.t("sheet.vatRate"), "for", "own.vat_rate").close("th").open("td")
                .open("select", "name", "vat_rate", "id", "own.vat_rate");
        for (VatRate rate : VatRate.KNOWN) {
            h.element("option", rate.code(), "value", rate.code(), "selected", rate.code().equals(vat) ? "" : null);
        }
        h.close("select");
        error(h, errors, "vat_rate");
        h.close("td").close("tr");
        h.open("tr", "id", "gross").element("th", r.t("sheet.grossPrice"))
                .element("td", formats.money(ProductRules.grossPrice(p.netPrice(), p.vatRate()), currency))
                .close("tr");
        input(r, h, "category", r.t("sheet.category"), entered.getOrDefault("category", p.firstCategory().orElse("")),
                errors, null);
        h.open("tr").open("th").element("label", r.t("sheet.note"), "for", "own.note").close("th").open("td")
                .element("textarea", entered.getOrDefault("note", p.note()), "name", "note", "id", "own.note",
                        "rows", "3");
        error(h, errors, "note");
        h.close("td").close("tr");
        h.close("table");
        h.element("button", r.t("sheet.save"), "type", "submit", "id", "save-own").close("form");
    }

    private static void input(WebRequest r, Html h, String key, String label, String value,
                              Map<String, String> errors, String inputMode) {
        h.open("tr", "class", errors.containsKey(key) ? "invalid" : null).open("th")
                .element("label", label, "for", "own." + key).close("th").open("td")
                .open("input", "type", "text", "name", key, "id", "own." + key, "value", value,
                        "inputmode", inputMode);
        error(h, errors, key);
        h.close("td").close("tr");
    }

    private static void error(Html h, Map<String, String> errors, String key) {
        if (errors.containsKey(key)) {
            h.element("div", errors.get(key), "class", "error-text");
        }
    }

    static void thumbnail(Html h, Product p, String cssClass) {
        if (p.image().isPresent()) {
            h.open("img", "src", "/product/image?sku=" + WebRequest.encode(p.sku()), "alt", p.name(),
                    "class", cssClass, "loading", "lazy");
        }
    }

    void saveOwn(WebRequest r) {
        String sku = r.ctx().formParam("sku");
        Optional<Product> product = sku == null ? Optional.empty() : host.services().products().bySku(sku);
        if (product.isEmpty()) {
            notFound(r, sku);
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : ProductEditor.FIELDS) {
            String value = r.ctx().formParam(key);
            if (value != null) {
                // a browser sends a textarea's line breaks as CRLF; stored notes use LF
                values.put(key, key.equals("note") ? value.replace("\r\n", "\n") : value);
            }
        }
        Path data = host.database().dataDir();
        Map<String, InvalidProductValue> refused = new ProductEditor(host.database(), host.config().clock())
                .edit(product.get(), values, new ProductEditor.ImageScope(data, data));
        if (!refused.isEmpty()) {
            Map<String, String> errors = new HashMap<>();
            refused.forEach((key, refusal) ->
                    errors.put(key, r.t("problem." + refusal.problem().name(), refusal.detail())));
            r.ctx().status(HttpStatus.UNPROCESSABLE_CONTENT);
            sheet(r, sku, values, errors);
            return;
        }
        r.notice(r.t("sheet.saved", sku), false, null);
        r.ctx().redirect("/product?sku=" + WebRequest.encode(sku), HttpStatus.SEE_OTHER);
    }

    /** The stock of some products in each warehouse, one query per warehouse. */
    static Map<String, Map<String, StockLevel>> stock(Host host, List<String> warehouses, List<String> skus) {
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
