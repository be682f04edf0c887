package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** {@code /wc/v3/products}, {@code /wc/v3/products/{id}} and {@code /wc/v3/products/batch}. */
final class ProductsHandler {

    static final List<String> ORDERBY = List.of("date", "id", "include", "title", "slug", "modified", "menu_order",
            "price", "popularity", "rating");
    static final List<String> LIST_STATUSES = List.of("any", "future", "trash", "draft", "pending", "private", "publish");

    private final ShopState state;
    private final ShopSettings settings;
    private final ProductService service;
    private final ProductJson json;
    private final TieOrder ties;

    ProductsHandler(ShopState state, ShopSettings settings, ProductService service, ProductJson json, TieOrder ties) {
        this.state = state;
        this.settings = settings;
        this.service = service;
        this.json = json;
        this.ties = ties;
    }

    void register(Router router) {
        String base = "/wp-json/wc/v3/products";
        router.add("GET", base, Router.Realm.WOO, this::list)
                .add("POST", base, Router.Realm.WOO, this::create)
                .add("POST", base + "/batch", Router.Realm.WOO, this::batch)
                .add("PUT", base + "/batch", Router.Realm.WOO, this::batch)
                .add("PATCH", base + "/batch", Router.Realm.WOO, this::batch)
                .add("GET", base + "/{id}", Router.Realm.WOO, this::get)
                .add("POST", base + "/{id}", Router.Realm.WOO, this::update)
                .add("PUT", base + "/{id}", Router.Realm.WOO, this::update)
                .add("PATCH", base + "/{id}", Router.Realm.WOO, this::update)
                .add("DELETE", base + "/{id}", Router.Realm.WOO, this::delete);
    }

    private Response create(Call call) {
        JsonNode body = call.body();
        ProductService.validate(body);
        call.authorize(Permission.CREATE);
        ShopProduct p = service.create(body);
        return one(201, p, true).header("Location", settings.restUrl("/wc/v3/products/" + p.id));
    }

    private Response get(Call call) {
        long id = call.id("id");
        call.authorize(Permission.VIEW);
        ShopProduct p = state.products.get(id);
        if (p == null) {
            throw ProductService.invalidId(404);
        }
        return one(200, p, false);
    }

    private Response update(Call call) {
        long id = call.id("id");
        JsonNode body = call.body();
        ProductService.validate(body);
        call.authorize(Permission.EDIT);
        return one(200, service.update(id, body), true);
    }

    private Response delete(Call call) {
        long id = call.id("id");
        Boolean force = call.query().has("force") ? ParamErrors.asBoolean(call.query().get("force")) : Boolean.FALSE;
        if (force == null) {
            ParamErrors errors = new ParamErrors();
            errors.invalidType("force", "boolean");
            errors.throwIfAny();
        }
        call.authorize(Permission.DELETE);
        return one(200, service.delete(id, force), true);
    }

    private Response one(int status, ShopProduct p, boolean edit) {
        return Response.json(status, Json.write(g -> json.write(g, p, edit)));
    }

    private Response batch(Call call) {
        return new BatchEndpoint<>(service::create, service::update, id -> service.delete(id, true),
                () -> (g, p) -> json.write(g, p, true), 2400).handle(call);
    }

    private Response list(Call call) {
        QueryParams q = call.query();
        ParamErrors errors = new ParamErrors();
        Paging paging = Paging.from(q, errors, 10);
        String orderby = enumParam(q, "orderby", ORDERBY, "date", errors);
        String order = enumParam(q, "order", List.of("asc", "desc"), "desc", errors);
        List<String> statuses = q.list("status");
        if (statuses != null) {
            for (String s : statuses) {
                if (!LIST_STATUSES.contains(s)) {
                    errors.notInEnum("status", LIST_STATUSES);
                }
            }
        }
        Boolean gmt = q.has("dates_are_gmt") ? ParamErrors.asBoolean(q.get("dates_are_gmt")) : Boolean.FALSE;
        if (gmt == null) {
            errors.invalidType("dates_are_gmt", "boolean");
            gmt = false;
        }
        Instant modifiedAfter = date(q, "modified_after", gmt, errors);
        Instant modifiedBefore = date(q, "modified_before", gmt, errors);
        Instant after = date(q, "after", gmt, errors);
        Instant before = date(q, "before", gmt, errors);
        errors.throwIfAny();
        call.authorize(Permission.LIST);

        Predicate<ShopProduct> filter = statusFilter(statuses);
        if (modifiedAfter != null) {
            filter = filter.and(p -> p.modified.isAfter(modifiedAfter));
        }
        if (modifiedBefore != null) {
            filter = filter.and(p -> p.modified.isBefore(modifiedBefore));
        }
        if (after != null) {
            filter = filter.and(p -> p.created.isAfter(after));
        }
        if (before != null) {
            filter = filter.and(p -> p.created.isBefore(before));
        }
        String search = q.get("search");
        if (search != null && !search.isBlank()) {
            String[] terms = search.toLowerCase(Locale.ROOT).trim().split("\\s+");
            filter = filter.and(p -> {
                String text = (p.name + "\n" + p.description + "\n" + p.shortDescription).toLowerCase(Locale.ROOT);
                for (String t : terms) {
                    if (!text.contains(t)) {
                        return false;
                    }
                }
                return true;
            });
        }
        String slug = q.get("slug");
        if (slug != null && !slug.isEmpty()) {
            filter = filter.and(p -> p.slug.equals(slug));
        }
        String type = q.get("type");
        if (type != null && !type.isEmpty()) {
            filter = filter.and(p -> p.type.equals(type));
        }
        String category = q.get("category");
        if (category != null && !category.isEmpty()) {
            Set<Long> wanted = ids(q.list("category"));
            filter = filter.and(p -> p.categoryIds.stream().anyMatch(wanted::contains));
        }
        String stockStatus = q.get("stock_status");
        if (stockStatus != null && !stockStatus.isEmpty()) {
            filter = filter.and(p -> p.effectiveStockStatus().equals(stockStatus));
        }
        List<String> include = q.list("include");
        if (include != null && !include.isEmpty()) {
            Set<Long> wanted = ids(include);
            filter = filter.and(p -> wanted.contains(p.id));
        }

        List<ShopProduct> matches = new ArrayList<>();
        List<String> skus = q.list("sku");
        if (skus != null && !skus.isEmpty() && !q.get("sku").isEmpty()) {
            // Fast path over the SKU index; the comparison is the database collation's (see Slugs.fold).
            Set<Long> seen = new HashSet<>();
            for (String sku : skus) {
                Long id = state.skuIndex.get(Slugs.fold(sku));
                ShopProduct p = id == null ? null : state.products.get(id);
                if (p != null && seen.add(id) && filter.test(p)) {
                    matches.add(p);
                }
            }
            if (statuses != null && statuses.contains("trash")) {
                for (ShopProduct p : state.products.values()) {
                    if ("trash".equals(p.status) && skus.stream().anyMatch(s -> Slugs.fold(s).equals(Slugs.fold(p.sku)))
                            && seen.add(p.id) && filter.test(p)) {
                        matches.add(p);
                    }
                }
            }
        } else {
            for (ShopProduct p : state.products.values()) {
                if (filter.test(p)) {
                    matches.add(p);
                }
            }
        }
        matches.sort(comparator(orderby, order, ties.forRequest(p -> p.id)));
        Response response = Response.json(200, new byte[0]);
        List<ShopProduct> page = paging.slice(matches, call.request(), settings.baseUrl(), null, response::header);
        return response.withBody(Json.write(page.size() * 2400, g -> {
            g.writeStartArray();
            for (ShopProduct p : page) {
                json.write(g, p, false);
            }
            g.writeEndArray();
        }));
    }

    private static Predicate<ShopProduct> statusFilter(List<String> statuses) {
        if (statuses == null || statuses.isEmpty() || statuses.contains("any")) {
            // "any" leaves out trashed posts, as WP_Query does.
            return p -> !"trash".equals(p.status);
        }
        Set<String> wanted = new HashSet<>(statuses);
        return p -> wanted.contains(p.status);
    }

    /**
     * @param tied the order of rows that tie on a key MySQL is left to sort alone ({@code modified},
     *             {@code title}); the other keys get the id as second key, as WooCommerce's queries add it
     */
    static Comparator<ShopProduct> comparator(String orderby, String order, Comparator<ShopProduct> tied) {
        Comparator<ShopProduct> byId = Comparator.comparingLong(p -> p.id);
        Comparator<ShopProduct> c = switch (orderby) {
            case "id", "include" -> byId;
            case "modified" -> Comparator.<ShopProduct, Instant>comparing(p -> p.modified).thenComparing(tied);
            case "title" -> Comparator.<ShopProduct, String>comparing(p -> p.name.toLowerCase(Locale.ROOT)).thenComparing(tied);
            case "slug" -> Comparator.<ShopProduct, String>comparing(p -> p.slug).thenComparing(byId);
            case "menu_order" -> Comparator.<ShopProduct>comparingInt(p -> p.menuOrder).thenComparing(byId);
            case "price" -> Comparator.comparing((ShopProduct p) -> Money.parseOrZero(p.price())).thenComparing(byId);
            case "popularity" -> Comparator.<ShopProduct>comparingInt(p -> p.totalSales).thenComparing(byId);
            default -> Comparator.<ShopProduct, Instant>comparing(p -> p.created).thenComparing(byId);
        };
        return "asc".equals(order) ? c : c.reversed();
    }

    static String enumParam(QueryParams q, String name, List<String> allowed, String dflt, ParamErrors errors) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        if (!allowed.contains(v)) {
            errors.notInEnum(name, allowed);
            return dflt;
        }
        return v;
    }

    static Instant date(QueryParams q, String name, boolean gmt, ParamErrors errors) {
        String v = q.get(name);
        if (v == null) {
            return null;
        }
        Instant instant = Dates.parseQuery(v, gmt);
        if (instant == null) {
            errors.invalidDate(name);
        }
        return instant;
    }

    static Set<Long> ids(List<String> values) {
        Set<Long> ids = new HashSet<>();
        if (values != null) {
            for (String v : values) {
                try {
                    ids.add(Long.parseLong(v.trim()));
                } catch (NumberFormatException ignored) {
                    // WordPress's absint would make it 0, which matches nothing
                }
            }
        }
        return ids;
    }
}
