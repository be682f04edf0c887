package hu.webshopsync.emulator.shoprenter;

import hu.webshopsync.emulator.ShopSnapshot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shop's data as the platform-neutral {@link ShopSnapshot}: ids are innerIds; a product's name and
 * description are its Hungarian description's; {@code regularPrice} is the stored net price (4 decimals);
 * status {@code publish} for 1, {@code draft} otherwise; stock is {@code stock1}, managed when
 * {@code subtractStock} is 1; {@code taxClass} is the class's name ({@code "27 %"}); media are the
 * uploaded files (id = the order of first upload, from 1; a file replaced at its path keeps its id), and a product's image is the file of its
 * {@code mainPicture}. Orders carry the status word, {@code total} as stored (gross, 4 decimals), the TAX
 * totals' sum, lines with quantity = {@code stock1..4} and, in their meta, {@code _reduced_stock} = what
 * the line took; the order's meta holds {@code externalInfo}. Callers hold the store's lock.
 */
final class SrSnapshot {

    private static final DateTimeFormatter GMT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final SrStore store;
    private final SrSchemas s;
    private final SrChildren children;
    private final SrOrderPlacer names;
    private final SrJson json;

    SrSnapshot(SrStore store, SrChildren children, SrOrderPlacer names, SrJson json) {
        this.store = store;
        this.s = store.schemas;
        this.children = children;
        this.names = names;
        this.json = json;
    }

    ShopSnapshot take() {
        Map<String, Long> mediaIds = new LinkedHashMap<>();
        List<ShopSnapshot.Media> media = new ArrayList<>();
        for (SrFile f : store.files.values().stream().sorted(java.util.Comparator.comparingLong(SrFile::id)).toList()) {
            long id = f.id();
            mediaIds.put(f.filePath(), id);
            media.add(new ShopSnapshot.Media(id, f.filePath(), mimeType(f.filePath()), f.data().length, f.sha256(),
                    json.href("custom/shop/image/data/" + f.filePath())));
        }
        List<ShopSnapshot.Product> products = new ArrayList<>();
        Map<String, ShopSnapshot.Product> bySku = new TreeMap<>();
        for (SrRow p : store.table(s.product).all()) {
            List<ShopSnapshot.CategoryRef> categories = new ArrayList<>();
            for (SrRow r : children.of(s.productCategoryRelation, "product", p.innerId)) {
                SrRow c = store.table(s.category).get(r.ref("category"));
                categories.add(new ShopSnapshot.CategoryRef(c.innerId, categoryName(c)));
            }
            SrRow tax = p.ref("taxClass") == null ? null : store.table(s.taxClass).get(p.ref("taxClass"));
            Long image = mediaIds.get(p.get("mainPicture"));
            ShopSnapshot.Product snap = new ShopSnapshot.Product(p.innerId, p.get("sku"), names.name(p),
                    p.get("price"), "", p.get("status").equals("1") ? "publish" : "draft", description(p),
                    categories, p.integer("stock1"), p.get("subtractStock").equals("1"),
                    tax == null ? "" : tax.get("name"), image == null ? List.of() : List.of(image), gmt(p.updated));
            products.add(snap);
            if (!p.get("sku").isEmpty()) {
                bySku.put(p.get("sku"), snap);
            }
        }
        List<ShopSnapshot.Category> categories = new ArrayList<>();
        for (SrRow c : store.table(s.category).all()) {
            Long parent = c.ref("parentCategory");
            categories.add(new ShopSnapshot.Category(c.innerId, categoryName(c), "", parent == null ? 0 : parent,
                    ""));
        }
        List<ShopSnapshot.Order> orders = new ArrayList<>();
        store.table(s.order).all().forEach(o -> orders.add(order(o)));
        return new ShopSnapshot(bySku, products, categories, orders, media, Map.of());
    }

    private ShopSnapshot.Order order(SrRow o) {
        List<ShopSnapshot.OrderLine> lines = new ArrayList<>();
        for (SrRow l : children.of(s.orderProduct, "order", o.innerId)) {
            Long product = l.ref("product");
            int taken = SrOrderStock.taken(l);
            lines.add(new ShopSnapshot.OrderLine(l.innerId, product == null ? 0 : product, l.get("sku"), l.get("name"),
                    SrOrderStock.quantity(l), l.get("total"), l.get("total"),
                    taken == 0 ? Map.of() : Map.of("_reduced_stock", Integer.toString(taken))));
        }
        BigDecimal tax = BigDecimal.ZERO;
        for (SrRow t : children.of(s.orderTotal, "order", o.innerId)) {
            if (t.get("type").equals("TAX")) {
                tax = tax.add(SrValues.number(t.get("value")));
            }
        }
        SrStatus status = SrStatus.byId(o.ref("orderStatus"));
        Map<String, String> meta = new LinkedHashMap<>();
        SrOrderJson.externalInfo(o).fields().forEachRemaining(e -> meta.put(e.getKey(), e.getValue().asText()));
        return new ShopSnapshot.Order(o.innerId, status == null ? "" : status.word(),
                SrOrderJson.CURRENCIES.getOrDefault(o.opaque.get("currency"), ""), o.get("total"),
                SrValues.decimal("tax", tax.toPlainString(), 4), o.get("email"), o.get("paymentMethodCode"), lines,
                meta, gmt(o.created), gmt(o.updated), List.of());
    }

    private String categoryName(SrRow category) {
        for (SrRow d : children.of(s.categoryDescription, "category", category.innerId)) {
            if (Long.valueOf(SrStore.HUNGARIAN).equals(d.ref("language"))) {
                return d.get("name");
            }
        }
        return "";
    }

    private String description(SrRow product) {
        for (SrRow d : children.of(s.productDescription, "product", product.innerId)) {
            if (Long.valueOf(SrStore.HUNGARIAN).equals(d.ref("language"))) {
                return d.get("description");
            }
        }
        return "";
    }

    private static String mimeType(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".jpg") || p.endsWith(".jpeg") ? "image/jpeg" : p.endsWith(".png") ? "image/png"
                : p.endsWith(".gif") ? "image/gif" : p.endsWith(".webp") ? "image/webp" : "application/octet-stream";
    }

    private static String gmt(Instant instant) {
        return GMT.format(instant);
    }
}
