package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.QueryParams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * {@code /products} and {@code /productExtend}: one table, two views. The plain view links its lists
 * ({@code productDescriptions?productId=…}); the Extend view embeds descriptions and category relations
 * and writes them (api/06). {@code price} is the net price (4 decimals); a product has no name of its
 * own, only its descriptions. Lists the emulator does not model render empty.
 */
final class SrProducts {

    /** Lists the plain view links as {@code <name>?productId=<id>}. */
    private static final List<String> LINKED = List.of("productDescriptions", "productRelatedProductRelations",
            "productCategoryRelations", "productSpecials", "productProductBadgeRelations",
            "productListAttributeValueRelations", "numberAttributeValues", "textAttributeValues", "productTags",
            "productCollateralProductRelations", "customerGroupProductPrices", "productAddonProductRelations");
    /** Lists the Extend view embeds but the emulator does not model. */
    private static final List<String> EMPTY_LISTS = List.of("productAttributeExtend", "productRelatedProductRelations",
            "productSpecials", "productProductBadgeRelations", "productTags", "productCollateralProductRelations",
            "customerGroupProductPrices");
    private static final Set<String> HANDLED = Set.of("productDescriptions", "productCategoryRelations");

    private final SrStore store;
    private final SrSchemas s;
    private final SrJson json;
    private final SrWriter writer;
    private final SrChildren children;

    SrProducts(SrStore store, SrJson json, SrWriter writer, SrChildren children) {
        this.store = store;
        this.s = store.schemas;
        this.json = json;
        this.writer = writer;
        this.children = children;
    }

    List<SrResource> resources() {
        SrTable table = store.table(s.product);
        return List.of(
                new SrResource("products", table, json, this::plain, SrProducts::matches, new Writes(false)),
                new SrResource("productExtend", table, json, this::extend, SrProducts::matches, new Writes(true)));
    }

    /** {@code sku} (exact; whether the shop matches substrings is UNVERIFIED) and {@code innerId}. */
    static java.util.function.Predicate<SrRow> matches(QueryParams q) {
        String sku = q.get("sku");
        String innerId = q.get("innerId");
        return row -> (sku == null || sku.equals(row.get("sku")))
                && (innerId == null || innerId.equals(Long.toString(row.innerId)));
    }

    ObjectNode plain(SrRow row) {
        ObjectNode o = json.row(row, "products", store);
        String id = row.id();
        o.set("parentProduct", json.hrefNode("products/" + id));
        o.set("allImages", allImages(row));
        for (String list : LINKED) {
            o.set(list, json.hrefNode(list + "?productId=" + id));
        }
        o.set("relatedProducts", json.hrefNode("products/" + id + "/relatedProducts"));
        o.set("collateralProducts", json.hrefNode("products/" + id + "/collateralProducts"));
        o.set("productAddons", json.hrefNode("productExtend/" + id + "/productAddons"));
        return o;
    }

    ObjectNode extend(SrRow row) {
        ObjectNode o = json.row(row, "productExtend", store);
        String id = row.id();
        o.set("parentProduct", json.hrefNode("products/" + id));
        o.set("allImages", allImages(row));
        for (String list : EMPTY_LISTS) {
            o.putArray(list);
        }
        o.set("productPrices", prices(row));
        ArrayNode descriptions = o.putArray("productDescriptions");
        children.of(s.productDescription, "product", row.innerId)
                .forEach(d -> descriptions.add(json.row(d, "productDescriptions", store)));
        ArrayNode relations = o.putArray("productCategoryRelations");
        children.of(s.productCategoryRelation, "product", row.innerId)
                .forEach(r -> relations.add(json.row(r, "productCategoryRelations", store)));
        o.set("productListAttributeValueRelations", json.hrefNode("productListAttributeValueRelations?productId=" + id));
        o.set("numberAttributeValues", json.hrefNode("numberAttributeValues?productId=" + id));
        o.set("textAttributeValues", json.hrefNode("textAttributeValues?productId=" + id));
        o.set("relatedProducts", json.hrefNode("productExtend/" + id + "/relatedProducts"));
        o.set("collateralProducts", json.hrefNode("productExtend/" + id + "/collateralProducts"));
        o.putObject("urlAliases");
        return o;
    }

    /** {@code {}} without a picture, else the shop's cached image URL as the fixtures show it. */
    private ObjectNode allImages(SrRow row) {
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        String picture = row.get("mainPicture");
        if (!picture.isEmpty()) {
            SrFile file = store.files.get(picture);
            long lastmod = file == null ? 0 : file.uploaded().getEpochSecond();
            o.put("mainImage", json.href("custom/shop/image/cache/w460h460wt1/" + picture + "?lastmod=" + lastmod));
        }
        return o;
    }

    /**
     * The shop's own gross for the default customer group: net × (1 + rate/100), rounded to whole
     * forints. How the shop rounds is UNVERIFIED.
     */
    private ArrayNode prices(SrRow row) {
        BigDecimal net = SrValues.number(row.get("price"));
        BigDecimal gross = net.multiply(BigDecimal.ONE.add(taxRate(row).movePointLeft(2)))
                .setScale(0, RoundingMode.HALF_UP);
        ArrayNode prices = SrJson.MAPPER.createArrayNode();
        ObjectNode p = prices.addObject();
        ObjectNode group = p.putObject("customerGroup");
        group.put("id", "Y3VzdG9tZXJHcm91cC1jdXN0b21lcl9ncm91cF9pZD04");
        group.put("innerId", "8");
        group.put("default", true);
        String netText = net.setScale(0, RoundingMode.HALF_UP).toPlainString();
        p.put("net", netText);
        p.put("netOriginal", netText);
        p.putNull("netSpecial");
        p.put("gross", gross.toPlainString());
        p.put("grossOriginal", gross.toPlainString());
        p.putNull("grossSpecial");
        p.put("currencyCode", "HUF");
        return prices;
    }

    /** The rate of the product's tax class, 0 without one. */
    BigDecimal taxRate(SrRow product) {
        Long taxClass = product.ref("taxClass");
        if (taxClass == null) {
            return BigDecimal.ZERO;
        }
        for (SrRow rate : store.table(s.taxRate).all()) {
            if (taxClass.equals(rate.ref("taxClass"))) {
                return SrValues.number(rate.get("rate"));
            }
        }
        return BigDecimal.ZERO;
    }

    void delete(SrRow row) {
        children.deleteAll(s.productDescription, "product", row.innerId);
        children.deleteAll(s.productCategoryRelation, "product", row.innerId);
        store.table(s.product).remove(row);
    }

    /** The shop's defaults for the relations the emulator does not model (values of the fixtures). */
    private static void defaults(SrRow row) {
        String outOfStock = SrIds.encode("stockStatus", java.util.Map.of("stock_status_id", 5L));
        row.opaque.put("noStockStatus", outOfStock);
        row.opaque.put("inStockStatus", SrIds.encode("stockStatus", java.util.Map.of("stock_status_id", 9L)));
        for (int i = 1; i <= 4; i++) {
            row.opaque.put("onlyStock" + i + "Status", outOfStock);
        }
        row.opaque.put("productClass", SrIds.encode("productClass", java.util.Map.of("product_class_id", 1L)));
        row.opaque.put("volumeUnit", SrIds.encode("lengthClass", java.util.Map.of("length_class_id", 1L)));
        row.opaque.put("weightUnit", SrIds.encode("weightClass", java.util.Map.of("weight_class_id", 1L)));
    }

    private static void checkStatus(JsonNode body) {
        if (body.has("status")) {
            String status = SrValues.scalar("status", body.get("status"));
            if (!Set.of("0", "1", "2").contains(status.trim())) {
                throw SrError.badData("The value of status is not one of 0, 1, 2: " + status);
            }
        }
    }

    /** Writes through either view; only the Extend view writes the embedded lists. */
    private final class Writes implements SrResource.Writes {

        private final boolean extend;

        Writes(boolean extend) {
            this.extend = extend;
        }

        @Override
        public SrRow create(JsonNode body, String outerId) {
            SrWriter.require(body, extend ? new String[] {"sku", "productDescriptions"} : new String[] {"sku"});
            checkStatus(body);
            List<SrChildren.Item> descriptions = descriptions(body);
            List<SrChildren.Item> categories = categories(body);
            SrRow scratch = new SrRow(s.product, 0, store.now());
            writer.write(scratch, body, HANDLED);
            SrRow row = store.table(s.product).create(store.now());
            defaults(row);
            if (outerId != null) {
                writer.write(row, SrJson.MAPPER.createObjectNode().put("id", outerId), Set.of());
            }
            writer.write(row, body, HANDLED);
            children.add(s.productDescription, "product", row, "language", descriptions);
            children.add(s.productCategoryRelation, "product", row, "category", categories);
            return row;
        }

        @Override
        public void update(SrRow row, JsonNode body) {
            checkStatus(body);
            List<SrChildren.Item> descriptions = descriptions(body);
            List<SrChildren.Item> categories = categories(body);
            writer.write(row.copy(), body, HANDLED);
            writer.write(row, body, HANDLED);
            if (extend && body.has("productDescriptions")) {
                children.replace(s.productDescription, "product", row, "language", descriptions);
            }
            if (extend && body.has("productCategoryRelations")) {
                children.replace(s.productCategoryRelation, "product", row, "category", categories);
            }
        }

        @Override
        public void delete(SrRow row) {
            SrProducts.this.delete(row);
        }

        @Override
        public SrRow byQuery(QueryParams query) {
            String sku = query.get("sku");
            for (SrRow row : store.table(s.product).all()) {
                if (extend && row.get("sku").equals(sku)) {
                    return row;
                }
            }
            return null;
        }

        private List<SrChildren.Item> descriptions(JsonNode body) {
            return extend ? children.check("productDescriptions", body.get("productDescriptions"),
                    s.productDescription, "language", s.language) : List.of();
        }

        private List<SrChildren.Item> categories(JsonNode body) {
            return extend ? children.check("productCategoryRelations", body.get("productCategoryRelations"),
                    s.productCategoryRelation, "category", s.category) : List.of();
        }
    }
}
