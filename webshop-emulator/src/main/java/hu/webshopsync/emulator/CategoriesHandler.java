package hu.webshopsync.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code /wc/v3/products/categories} (captures 02, 03, 25). */
final class CategoriesHandler {

    static final List<String> ORDERBY = List.of("id", "include", "name", "slug", "term_group", "description", "count");

    private final ShopState state;
    private final ShopSettings settings;
    private final CategoryService service;

    CategoriesHandler(ShopState state, ShopSettings settings, CategoryService service) {
        this.state = state;
        this.settings = settings;
        this.service = service;
    }

    void register(Router router) {
        String base = "/wp-json/wc/v3/products/categories";
        router.add("GET", base, Router.Realm.WOO, this::list)
                .add("POST", base, Router.Realm.WOO, this::create)
                .add("POST", base + "/batch", Router.Realm.WOO, this::batch)
                .add("GET", base + "/{id}", Router.Realm.WOO, this::get)
                .add("POST", base + "/{id}", Router.Realm.WOO, this::update)
                .add("PUT", base + "/{id}", Router.Realm.WOO, this::update)
                .add("PATCH", base + "/{id}", Router.Realm.WOO, this::update)
                .add("DELETE", base + "/{id}", Router.Realm.WOO, this::delete);
    }

    private Response create(Call call) {
        JsonNode body = call.body();
        CategoryService.validate(body);
        call.authorize(Permission.CREATE);
        ShopCategory c = service.create(body);
        return one(201, c).header("Location", settings.restUrl("/wc/v3/products/categories/" + c.id()));
    }

    private Response get(Call call) {
        long id = call.id("id");
        call.authorize(Permission.VIEW);
        ShopCategory c = state.categories.get(id);
        if (c == null) {
            throw CategoryService.notFound();
        }
        return one(200, c);
    }

    private Response update(Call call) {
        long id = call.id("id");
        JsonNode body = call.body();
        CategoryService.validate(body);
        call.authorize(Permission.EDIT);
        return one(200, service.update(id, body));
    }

    private Response delete(Call call) {
        long id = call.id("id");
        call.authorize(Permission.DELETE);
        if (!Boolean.TRUE.equals(ParamErrors.asBoolean(String.valueOf(call.query().get("force"))))) {
            throw new ApiException(501, "woocommerce_rest_trash_not_supported", "Resource does not support trashing.");
        }
        Map<Long, Integer> counts = counts();
        ShopCategory c = service.delete(id);
        return Response.json(200, Json.write(g -> write(g, c, counts)));
    }

    private Response batch(Call call) {
        return new BatchEndpoint<>(service::create, service::update, service::delete, () -> {
            Map<Long, Integer> counts = counts();
            return (g, c) -> write(g, c, counts);
        }, 400).handle(call);
    }

    private Response list(Call call) {
        QueryParams q = call.query();
        ParamErrors errors = new ParamErrors();
        Paging paging = Paging.from(q, errors, 10);
        String orderby = ProductsHandler.enumParam(q, "orderby", ORDERBY, "name", errors);
        String order = ProductsHandler.enumParam(q, "order", List.of("asc", "desc"), "asc", errors);
        errors.throwIfAny();
        call.authorize(Permission.LIST);
        Map<Long, Integer> counts = counts();
        String search = q.get("search");
        List<String> slugs = q.list("slug");
        String parent = q.get("parent");
        Set<Long> include = ProductsHandler.ids(q.list("include"));
        Set<Long> exclude = ProductsHandler.ids(q.list("exclude"));
        boolean hideEmpty = Boolean.TRUE.equals(ParamErrors.asBoolean(String.valueOf(q.get("hide_empty"))));
        List<ShopCategory> matches = new ArrayList<>();
        for (ShopCategory c : state.categories.values()) {
            if (search != null && !search.isEmpty()
                    && !(c.name().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT))
                    || c.slug().contains(search.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (slugs != null && !slugs.isEmpty() && !slugs.contains(c.slug())) {
                continue;
            }
            if (parent != null && !parent.isEmpty() && !Long.toString(c.parent()).equals(parent.trim())) {
                continue;
            }
            if (!include.isEmpty() && !include.contains(c.id())) {
                continue;
            }
            if (exclude.contains(c.id()) || (hideEmpty && counts.getOrDefault(c.id(), 0) == 0)) {
                continue;
            }
            matches.add(c);
        }
        Comparator<ShopCategory> byId = Comparator.comparingLong(ShopCategory::id);
        Comparator<ShopCategory> cmp = switch (orderby) {
            case "id", "include" -> byId;
            case "slug" -> Comparator.comparing(ShopCategory::slug).thenComparing(byId);
            case "description" -> Comparator.comparing(ShopCategory::description).thenComparing(byId);
            case "count" -> Comparator.<ShopCategory>comparingInt(c -> counts.getOrDefault(c.id(), 0)).thenComparing(byId);
            default -> Comparator.<ShopCategory, String>comparing(c -> Slugs.fold(c.name())).thenComparing(byId);
        };
        matches.sort("desc".equals(order) ? cmp.reversed() : cmp);
        Response response = Response.json(200, new byte[0]);
        List<ShopCategory> page = paging.slice(matches, call.request(), settings.baseUrl(), null, response::header);
        return response.withBody(Json.write(g -> {
            g.writeStartArray();
            for (ShopCategory c : page) {
                write(g, c, counts);
            }
            g.writeEndArray();
        }));
    }

    private Response one(int status, ShopCategory c) {
        Map<Long, Integer> counts = counts();
        return Response.json(status, Json.write(g -> write(g, c, counts)));
    }

    /** Published products per category, as WordPress's term count. */
    private Map<Long, Integer> counts() {
        Map<Long, Integer> counts = new HashMap<>();
        for (ShopProduct p : state.products.values()) {
            if ("publish".equals(p.status)) {
                for (Long id : p.categoryIds) {
                    counts.merge(id, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private void write(JsonGenerator g, ShopCategory c, Map<Long, Integer> counts) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("slug", c.slug());
        g.writeNumberField("parent", c.parent());
        g.writeStringField("description", c.description());
        g.writeStringField("display", c.display());
        g.writeNullField("image");
        g.writeNumberField("menu_order", c.menuOrder());
        g.writeNumberField("count", counts.getOrDefault(c.id(), 0));
        ProductJson.links(g, settings.restUrl("/wc/v3/products/categories/" + c.id()),
                settings.restUrl("/wc/v3/products/categories"));
        g.writeEndObject();
    }
}
