package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Product category writes with WordPress's term rules ({@code term_exists}, unique slugs). */
final class CategoryService {

    static final List<String> DISPLAYS = List.of("default", "products", "subcategories", "both");

    private final ShopState state;

    CategoryService(ShopState state) {
        this.state = state;
    }

    static void validate(JsonNode body) {
        ParamErrors errors = new ParamErrors();
        errors.string(body, "name");
        errors.string(body, "slug");
        errors.string(body, "description");
        errors.integer(body, "parent");
        errors.integer(body, "menu_order");
        errors.oneOf(body, "display", DISPLAYS);
        errors.throwIfAny();
    }

    ShopCategory create(JsonNode body) {
        String name = Json.text(body, "name");
        if (name == null) {
            throw ParamErrors.missing("name");
        }
        name = name.trim();
        if (name.isEmpty()) {
            throw new ApiException(400, "empty_term_name", "A name is required for this term.");
        }
        long parent = body.path("parent").asLong(0);
        String requestedSlug = Json.text(body, "slug");
        state.lock.lock();
        try {
            ShopCategory parentTerm = parent == 0 ? null : state.categories.get(parent);
            if (parent != 0 && parentTerm == null) {
                throw new ApiException(400, "woocommerce_rest_term_invalid", "Parent resource does not exist.");
            }
            String generated = Slugs.sanitizeTitle(requestedSlug == null || requestedSlug.isBlank() ? name : requestedSlug);
            // WordPress: same name, or same slug when none was given, among the siblings → term_exists.
            for (ShopCategory c : state.categories.values()) {
                if (c.parent() == parent && (c.name().equals(name)
                        || ((requestedSlug == null || requestedSlug.isBlank()) && c.slug().equals(generated)))) {
                    ObjectNode data = Json.MAPPER.createObjectNode();
                    data.put("resource_id", c.id());
                    throw new ApiException(400, "term_exists", "A term with the name provided already exists with this parent.", data);
                }
            }
            String slug;
            if (requestedSlug != null && !requestedSlug.isBlank()) {
                if (slugTaken(generated, 0)) {
                    throw duplicateSlug(generated);
                }
                slug = generated;
            } else {
                String base = generated.isEmpty() ? "term" : generated;
                if (slugTaken(base, 0) && parentTerm != null) {
                    base = base + "-" + parentTerm.slug();
                }
                slug = Slugs.unique(base, s -> slugTaken(s, 0));
            }
            long id = state.termIds.getAndIncrement();
            ShopCategory category = new ShopCategory(id, name, slug, parent,
                    textOr(body, "description", ""), textOr(body, "display", "default"), body.path("menu_order").asInt(0));
            state.categories.put(id, category);
            return category;
        } finally {
            state.lock.unlock();
        }
    }

    ShopCategory update(long id, JsonNode body) {
        state.lock.lock();
        try {
            ShopCategory c = state.categories.get(id);
            if (c == null) {
                throw notFound();
            }
            String name = body.hasNonNull("name") ? body.get("name").asText().trim() : c.name();
            long parent = body.hasNonNull("parent") ? body.get("parent").asLong() : c.parent();
            if (parent != 0 && (parent == id || !state.categories.containsKey(parent))) {
                throw new ApiException(400, "woocommerce_rest_term_invalid", "Parent resource does not exist.");
            }
            String slug = c.slug();
            if (body.hasNonNull("slug")) {
                slug = Slugs.sanitizeTitle(body.get("slug").asText());
                if (slugTaken(slug, id)) {
                    throw duplicateSlug(slug);
                }
            }
            ShopCategory updated = new ShopCategory(id, name, slug, parent, textOr(body, "description", c.description()),
                    textOr(body, "display", c.display()), body.hasNonNull("menu_order") ? body.get("menu_order").asInt() : c.menuOrder());
            state.categories.put(id, updated);
            return updated;
        } finally {
            state.lock.unlock();
        }
    }

    /**
     * Deletes a category for good: children move up to its parent, products lose it and fall back to
     * the default category when left without any (WordPress's {@code wp_delete_term}).
     */
    ShopCategory delete(long id) {
        state.lock.lock();
        try {
            ShopCategory c = state.categories.get(id);
            if (c == null) {
                throw notFound();
            }
            if (id == ShopState.UNCATEGORIZED_ID) {
                throw new ApiException(500, "woocommerce_rest_cannot_delete", "Default category cannot be deleted.");
            }
            state.categories.remove(id);
            for (Map.Entry<Long, ShopCategory> e : new ArrayList<>(state.categories.entrySet())) {
                ShopCategory child = e.getValue();
                if (child.parent() == id) {
                    state.categories.put(child.id(), new ShopCategory(child.id(), child.name(), child.slug(), c.parent(),
                            child.description(), child.display(), child.menuOrder()));
                }
            }
            for (ShopProduct p : new ArrayList<>(state.products.values())) {
                if (p.categoryIds.contains(id)) {
                    ShopProduct copy = p.copy();
                    List<Long> ids = new ArrayList<>(p.categoryIds);
                    ids.remove(id);
                    if (ids.isEmpty()) {
                        ids.add(ShopState.UNCATEGORIZED_ID);
                    }
                    copy.categoryIds = List.copyOf(ids);
                    state.putProduct(p, copy);
                }
            }
            return c;
        } finally {
            state.lock.unlock();
        }
    }

    static ApiException notFound() {
        return new ApiException(404, "woocommerce_rest_term_invalid", "Resource does not exist.");
    }

    private boolean slugTaken(String slug, long self) {
        for (ShopCategory c : state.categories.values()) {
            if (c.slug().equals(slug) && c.id() != self) {
                return true;
            }
        }
        return false;
    }

    private static ApiException duplicateSlug(String slug) {
        return new ApiException(400, "duplicate_term_slug",
                "The slug &#8220;" + slug + "&#8221; is already in use by another term.");
    }

    private static String textOr(JsonNode body, String field, String dflt) {
        String v = Json.text(body, field);
        return v == null ? dflt : v;
    }
}
