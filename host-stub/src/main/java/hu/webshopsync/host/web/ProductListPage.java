package hu.webshopsync.host.web;

import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProductListAction;
import hu.webshopsync.api.ProductSheetField;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostConfig;
import hu.webshopsync.host.catalog.ProductRules;
import hu.webshopsync.host.text.Formats;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Termékkezelés › Termékek: the products list with the plugins' buttons and a search by SKU or
 * name, filtered and paged by the database.
 */
final class ProductListPage {

    /** Rows drawn on one page; the search narrows the rest, or the next page shows them. */
    static final int SHOWN = 500;

    private final Host host;
    private final Layout layout;

    ProductListPage(Host host, Layout layout) {
        this.host = host;
        this.layout = layout;
    }

    void list(WebRequest r) {
        String q = Optional.ofNullable(r.ctx().queryParam("q")).orElse("").strip();
        String after = Optional.ofNullable(r.ctx().queryParam("after")).filter(a -> !a.isBlank()).orElse(null);
        // one row more than shown tells whether a next page exists without counting it
        List<Product> found = host.catalog().search(q, after, SHOWN + 1);
        boolean more = found.size() > SHOWN;
        found = more ? found.subList(0, SHOWN) : found;
        // a first page that holds every match is its own count: most searches cost one query
        long matches = after == null && !more ? found.size() : host.catalog().countMatching(q);
        List<ProductSheetField> fields = host.sheetFields().visible();
        List<String> warehouses = host.services().inventory().warehouses();
        Map<String, Map<String, StockLevel>> stock = ProductPages.stock(host, warehouses,
                found.stream().map(Product::sku).toList());
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
        ActionFlags.render(h, host.extensions().productActions(), r.locale());
        h.open("table", "class", "grid", "id", "products").open("thead").open("tr")
                .element("th", "", "class", "select")
                .element("th", r.t("products.image"), "class", "thumb")
                .element("th", r.t("products.sku"))
                .element("th", r.t("products.name"))
                .element("th", r.t("products.netPrice"), "class", "num")
                .element("th", r.t("products.grossPrice"), "class", "num")
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
                    .open("td", "class", "thumb");
            ProductPages.thumbnail(h, p, "thumb small");
            h.close("td")
                    .open("td").element("a", p.sku(), "href", "/product?sku=" + WebRequest.encode(p.sku()))
                    .close("td")
                    .element("td", p.name())
                    .element("td", formats.money(p.netPrice(), host.services().currency()), "class", "num")
                    .element("td", formats.money(ProductRules.grossPrice(p.netPrice(), p.vatRate()),
                            host.services().currency()), "class", "num")
                    .element("td", p.vatRate().code())
                    .element("td", p.firstCategory().orElse(""));
            for (ProductSheetField f : fields) {
                h.element("td", ProductPages.fieldText(r, f, p.field(f.key()).orElse(null)));
            }
            for (String w : warehouses) {
                StockLevel level = stock.get(w).get(p.sku());
                h.element("td", formats.number(level == null ? null : level.onHand()), "class", "num");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("form");
        h.element("p", matches > found.size() ? r.t("products.countPage", matches, found.size())
                : r.t("products.count", matches), "class", "count");
        if (after != null || more) {
            h.open("p", "class", "pages");
            if (after != null) {
                h.element("a", r.t("products.firstPage"), "href", "/products?q=" + WebRequest.encode(q),
                        "id", "first-page");
            }
            if (more) {
                h.text(after != null ? " " : "").element("a", r.t("products.nextPage"), "href", "/products?q="
                        + WebRequest.encode(q) + "&after=" + WebRequest.encode(found.get(found.size() - 1).sku()),
                        "id", "next-page", "rel", "next");
            }
            h.close("p");
        }
        r.ctx().html(layout.page(r, MenuItem.PRODUCTS, r.t("products.title"), h, null));
    }
}
