package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product-side resources around products: {@code /productDescriptions},
 * {@code /productCategoryRelations} (POST 201, no PUT), and the read-only {@code /settings} (the shop's
 * {@code config_language}, {@code config_tax_class_id}, {@code config_timezone}, {@code storno_order_status_id}, …),
 * {@code /languages},
 * {@code /taxClasses}, {@code /taxClassExtend} (rates embedded) and {@code /taxRates}. Tax classes cannot
 * be created through the API (only GET is documented).
 */
final class SrCatalog {

    private final SrStore store;
    private final SrSchemas s;
    private final SrJson json;
    private final SrWriter writer;
    private final SrChildren children;

    SrCatalog(SrStore store, SrJson json, SrWriter writer, SrChildren children) {
        this.store = store;
        this.s = store.schemas;
        this.json = json;
        this.writer = writer;
        this.children = children;
    }

    List<SrResource> resources() {
        return List.of(
                new SrResource("productDescriptions", store.table(s.productDescription), json,
                        d -> json.row(d, "productDescriptions", store),
                        SrFilters.of(store, Map.of("productId", "product", "languageId", "language"), Set.of("name")),
                        new SrPairWrites(store, writer, s.productDescription, "product", "language", false)),
                new SrResource("productCategoryRelations", store.table(s.productCategoryRelation), json,
                        r -> json.row(r, "productCategoryRelations", store),
                        SrFilters.of(store, Map.of("productId", "product", "categoryId", "category"), Set.of()),
                        new SrPairWrites(store, writer, s.productCategoryRelation, "product", "category", true)),
                new SrResource("settings", store.table(s.setting), json, r -> json.row(r, "settings", store),
                        SrFilters.of(store, Map.of(), Set.of("group", "key")), null),
                new SrResource("languages", store.table(s.language), json, l -> json.row(l, "languages", store),
                        SrFilters.of(store, Map.of(), Set.of("code", "name")), null),
                new SrResource("taxClasses", store.table(s.taxClass), json, this::taxClass,
                        SrFilters.of(store, Map.of(), Set.of("name")), null),
                new SrResource("taxClassExtend", store.table(s.taxClass), json, this::taxClassExtend,
                        SrFilters.of(store, Map.of(), Set.of("name")), null),
                new SrResource("taxRates", store.table(s.taxRate), json, r -> json.row(r, "taxRates", store),
                        SrFilters.of(store, Map.of("taxClassId", "taxClass"), Set.of()), null));
    }

    private ObjectNode taxClass(SrRow row) {
        ObjectNode o = json.row(row, "taxClasses", store);
        o.set("taxRates", json.hrefNode("taxRates?taxClassId=" + row.id()));
        return o;
    }

    private ObjectNode taxClassExtend(SrRow row) {
        ObjectNode o = json.row(row, "taxClassExtend", store);
        ArrayNode rates = o.putArray("taxRates");
        children.of(s.taxRate, "taxClass", row.innerId).forEach(r -> rates.add(json.row(r, "taxRates", store)));
        return o;
    }
}
