package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.categories.CategoryShop;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Categories on Shoprenter. The whole tree is read at once ({@code categoryExtend?full=1}, every
 * page) because a parent is named by its API id, which only maps to an innerId once every category
 * has been seen; the resolver calls for page 1 and gets everything. Names are the Hungarian
 * descriptions'. New categories are created one tree level per {@code POST /batch} (the resolver
 * asks level by level): inside a batch a child could not learn its parent's new id (api/04).
 * A root is written without {@code parentCategory} (how to write "no parent" is UNVERIFIED).
 */
final class SrCategoryShop implements CategoryShop {

    private final ShoprenterClient client;
    private final SrShopCache cache;
    private final SrCatalog catalog;

    SrCategoryShop(ShoprenterClient client, SrShopCache cache) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.catalog = new SrCatalog(client, cache);
    }

    @Override
    public Page page(int page) {
        if (page > 1) {
            return new Page(List.of(), true);
        }
        String hungarian = hungarian();
        List<JsonNode> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            SrPage read = client.page("categoryExtend", Map.of(), p);
            all.addAll(read.items());
            if (!read.hasNext() || read.items().isEmpty()) {
                break;
            }
        }
        for (JsonNode c : all) {
            OptionalLong inner = SrValues.integer(c, "innerId");
            Optional<String> id = SrValues.text(c, "id");
            if (inner.isPresent() && id.isPresent()) {
                cache.learn(SrIds.CATEGORY, inner.getAsLong(), id.get());
            }
        }
        List<ShopCategory> out = new ArrayList<>();
        for (JsonNode c : all) {
            OptionalLong inner = SrValues.integer(c, "innerId");
            if (inner.isEmpty()) {
                continue;
            }
            long parent = SrValues.relationId(c, "parentCategory")
                    .map(pid -> cache.innerId(SrIds.CATEGORY, pid))
                    .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong)
                    .filter(p -> p != inner.getAsLong()) // a fixture names the category as its own parent
                    .orElse(0L);
            out.add(new ShopCategory(inner.getAsLong(), name(c, hungarian), parent));
        }
        return new Page(out, true);
    }

    /** Creates it alone; the resolver asks only for a category its tree read did not have. */
    @Override
    public long createOrFind(String name, long parent) {
        JsonNode answer = client.post("categoryExtend", body(new NewCategory(name, parent), hungarian()));
        OptionalLong inner = SrValues.integer(answer, "innerId");
        if (inner.isEmpty()) {
            throw new SrException(200, SrException.Kind.UNREADABLE, "", "the answer names no innerId", null, true);
        }
        SrValues.text(answer, "id").ifPresent(id -> cache.learn(SrIds.CATEGORY, inner.getAsLong(), id));
        return inner.getAsLong();
    }

    @Override
    public Map<NewCategory, Long> createAll(List<NewCategory> categories) {
        String hungarian = hungarian();
        List<BatchItem> items = new ArrayList<>();
        List<NewCategory> sent = new ArrayList<>();
        for (NewCategory c : categories) {
            try {
                items.add(BatchItem.post("categoryExtend", body(c, hungarian)));
                sent.add(c);
            } catch (SrException parentUnknown) {
                // left out: createOrFind tells why
            }
        }
        Map<NewCategory, Long> out = new LinkedHashMap<>();
        List<BatchOutcome> outcomes = items.isEmpty() ? List.of() : client.batch(items);
        for (int i = 0; i < outcomes.size(); i++) {
            BatchOutcome o = outcomes.get(i);
            OptionalLong inner = SrValues.integer(o.body(), "innerId");
            if (o.ok() && inner.isPresent()) {
                SrValues.text(o.body(), "id").ifPresent(id -> cache.learn(SrIds.CATEGORY, inner.getAsLong(), id));
                out.put(sent.get(i), inner.getAsLong());
            }
        }
        return out;
    }

    private ObjectNode body(NewCategory c, String hungarian) {
        ObjectNode body = client.mapper().createObjectNode().put("status", "1").put("productsStatus", "1")
                .put("sortOrder", "0");
        if (c.parent() != 0) {
            String parentId = cache.id(SrIds.CATEGORY, c.parent()).orElseThrow(() -> new SrException(404,
                    SrException.Kind.STATUS, "", "parent category " + c.parent() + " not found", null, false));
            body.putObject("parentCategory").put("id", parentId);
        }
        ObjectNode description = body.putArray("categoryDescriptions").addObject().put("name", c.name());
        description.putObject("language").put("id", hungarian);
        return body;
    }

    private String hungarian() {
        return catalog.hungarian().orElseThrow(() -> new SrException(200, SrException.Kind.STATUS, "",
                "the shop has no Hungarian language", null, false));
    }

    /** The Hungarian description's name, else the first description's. */
    private static String name(JsonNode category, String hungarian) {
        List<JsonNode> descriptions = SrValues.list(category, "categoryDescriptions");
        return descriptions.stream()
                .filter(d -> SrValues.relationId(d, "language").filter(hungarian::equals).isPresent())
                .findFirst().or(() -> descriptions.stream().findFirst())
                .flatMap(d -> SrValues.text(d, "name")).orElse("");
    }
}
