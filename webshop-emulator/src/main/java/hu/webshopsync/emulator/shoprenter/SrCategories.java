package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /categories}, {@code /categoryExtend} (descriptions embedded, api/06) and
 * {@code /categoryDescriptions}. A root category has no {@code parentCategory} ({@code {}}); a child names
 * its parent by id. Deleting a category (UNVERIFIED what the shop does) removes its descriptions and its
 * product relations and makes its children roots.
 */
final class SrCategories {

    private static final Set<String> HANDLED = Set.of("categoryDescriptions", "categoryCustomerGroupRelations");

    private final SrStore store;
    private final SrSchemas s;
    private final SrJson json;
    private final SrWriter writer;
    private final SrChildren children;

    SrCategories(SrStore store, SrJson json, SrWriter writer, SrChildren children) {
        this.store = store;
        this.s = store.schemas;
        this.json = json;
        this.writer = writer;
        this.children = children;
    }

    List<SrResource> resources() {
        SrTable table = store.table(s.category);
        var filter = SrFilters.of(store, Map.of("parentCategoryId", "parentCategory"), Set.of());
        return List.of(
                new SrResource("categories", table, json, this::plain, filter, new Writes(false)),
                new SrResource("categoryExtend", table, json, this::extend, filter, new Writes(true)),
                new SrResource("categoryDescriptions", store.table(s.categoryDescription), json,
                        d -> json.row(d, "categoryDescriptions", store),
                        SrFilters.of(store, Map.of("categoryId", "category", "languageId", "language"),
                                Set.of("name", "metaDescription")),
                        new SrPairWrites(store, writer, s.categoryDescription, "category", "language", false)));
    }

    ObjectNode plain(SrRow row) {
        ObjectNode o = json.row(row, "categories", store);
        String id = row.id();
        o.set("categoryDescriptions", json.hrefNode("categoryDescriptions?categoryId=" + id));
        o.set("customerGroups", json.hrefNode("categories/" + id + "/customerGroups"));
        o.set("categoryCustomerGroupRelations", json.hrefNode("categoryCustomerGroupRelations?categoryId=" + id));
        return o;
    }

    ObjectNode extend(SrRow row) {
        ObjectNode o = json.row(row, "categoryExtend", store);
        ArrayNode descriptions = o.putArray("categoryDescriptions");
        children.of(s.categoryDescription, "category", row.innerId)
                .forEach(d -> descriptions.add(json.row(d, "categoryDescriptions", store)));
        o.putArray("categoryCustomerGroupRelations");
        o.set("customerGroups", json.hrefNode("categoryExtend/" + row.id() + "/customerGroups"));
        o.putObject("urlAliases");
        return o;
    }

    void delete(SrRow row) {
        children.deleteAll(s.categoryDescription, "category", row.innerId);
        children.deleteAll(s.productCategoryRelation, "category", row.innerId);
        for (SrRow child : store.table(s.category).all()) {
            if (Long.valueOf(row.innerId).equals(child.ref("parentCategory"))) {
                child.refs.remove("parentCategory");
                child.updated = store.now();
            }
            if (Long.valueOf(row.innerId).equals(child.ref("centralCategory"))) {
                child.refs.remove("centralCategory");
            }
        }
        store.table(s.category).remove(row);
    }

    private final class Writes implements SrResource.Writes {

        private final boolean extend;

        Writes(boolean extend) {
            this.extend = extend;
        }

        @Override
        public SrRow create(JsonNode body, String outerId) {
            List<SrChildren.Item> descriptions = descriptions(body);
            writer.write(new SrRow(s.category, 0, store.now()), body, HANDLED);
            SrRow row = store.table(s.category).create(store.now());
            if (outerId != null) {
                writer.write(row, SrJson.MAPPER.createObjectNode().put("id", outerId), Set.of());
            }
            writer.write(row, body, HANDLED);
            children.add(s.categoryDescription, "category", row, "language", descriptions);
            return row;
        }

        @Override
        public void update(SrRow row, JsonNode body) {
            List<SrChildren.Item> descriptions = descriptions(body);
            SrRow trial = row.copy();
            writer.write(trial, body, HANDLED);
            if (Long.valueOf(row.innerId).equals(trial.ref("parentCategory"))) {
                throw SrError.badData("A category cannot be its own parent: " + row.id());
            }
            writer.write(row, body, HANDLED);
            if (extend && body.has("categoryDescriptions")) {
                children.replace(s.categoryDescription, "category", row, "language", descriptions);
            }
        }

        @Override
        public void delete(SrRow row) {
            SrCategories.this.delete(row);
        }

        private List<SrChildren.Item> descriptions(JsonNode body) {
            return extend ? children.check("categoryDescriptions", body.get("categoryDescriptions"),
                    s.categoryDescription, "language", s.language) : List.of();
        }
    }
}
