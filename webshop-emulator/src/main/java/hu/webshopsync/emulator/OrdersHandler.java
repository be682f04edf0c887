package hu.webshopsync.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** {@code /wc/v3/orders}, {@code /orders/{id}}, {@code /orders/batch} and {@code /orders/{id}/notes}. */
final class OrdersHandler {

    static final List<String> ORDERBY = List.of("date", "id", "include", "title", "slug", "modified");
    static final List<String> LIST_STATUSES;

    static {
        List<String> s = new ArrayList<>(List.of("any", "trash"));
        s.addAll(OrderService.STATUSES);
        LIST_STATUSES = List.copyOf(s);
    }

    private final ShopState state;
    private final ShopSettings settings;
    private final OrderService service;
    private final OrderJson json;
    private final TieOrder ties;

    OrdersHandler(ShopState state, ShopSettings settings, OrderService service, OrderJson json, TieOrder ties) {
        this.state = state;
        this.settings = settings;
        this.service = service;
        this.json = json;
        this.ties = ties;
    }

    void register(Router router) {
        String base = "/wp-json/wc/v3/orders";
        router.add("GET", base, Router.Realm.WOO, this::list)
                .add("POST", base, Router.Realm.WOO, this::create)
                .add("POST", base + "/batch", Router.Realm.WOO, this::batch)
                .add("PUT", base + "/batch", Router.Realm.WOO, this::batch)
                .add("PATCH", base + "/batch", Router.Realm.WOO, this::batch)
                .add("GET", base + "/{id}", Router.Realm.WOO, this::get)
                .add("POST", base + "/{id}", Router.Realm.WOO, this::update)
                .add("PUT", base + "/{id}", Router.Realm.WOO, this::update)
                .add("PATCH", base + "/{id}", Router.Realm.WOO, this::update)
                .add("DELETE", base + "/{id}", Router.Realm.WOO, this::delete)
                .add("GET", base + "/{id}/notes", Router.Realm.WOO, this::listNotes)
                .add("POST", base + "/{id}/notes", Router.Realm.WOO, this::createNote)
                .add("GET", base + "/{id}/notes/{note}", Router.Realm.WOO, this::getNote)
                .add("DELETE", base + "/{id}/notes/{note}", Router.Realm.WOO, this::deleteNote);
    }

    private Response create(Call call) {
        JsonNode body = call.body();
        OrderService.validate(body);
        call.authorize(Permission.CREATE);
        ShopOrder o = service.create(body);
        return one(201, o).header("Location", settings.restUrl("/wc/v3/orders/" + o.id));
    }

    private Response get(Call call) {
        long id = call.id("id");
        call.authorize(Permission.VIEW);
        ShopOrder o = state.orders.get(id);
        if (o == null) {
            throw OrderService.invalidId(404);
        }
        return one(200, o);
    }

    private Response update(Call call) {
        long id = call.id("id");
        JsonNode body = call.body();
        OrderService.validate(body);
        call.authorize(Permission.EDIT);
        return one(200, service.update(id, body));
    }

    private Response delete(Call call) {
        long id = call.id("id");
        call.authorize(Permission.DELETE);
        boolean force = Boolean.TRUE.equals(ParamErrors.asBoolean(String.valueOf(call.query().get("force"))));
        return one(200, service.delete(id, force));
    }

    private Response one(int status, ShopOrder o) {
        return Response.json(status, Json.write(g -> json.write(g, o)));
    }

    private Response batch(Call call) {
        return new BatchEndpoint<>(service::create, service::update, id -> service.delete(id, true),
                () -> json::write, 3000).handle(call);
    }

    private Response list(Call call) {
        QueryParams q = call.query();
        ParamErrors errors = new ParamErrors();
        Paging paging = Paging.from(q, errors, 10);
        String orderby = ProductsHandler.enumParam(q, "orderby", ORDERBY, "date", errors);
        String order = ProductsHandler.enumParam(q, "order", List.of("asc", "desc"), "desc", errors);
        List<String> statuses = q.list("status");
        if (statuses != null) {
            for (int i = 0; i < statuses.size(); i++) {
                if (!LIST_STATUSES.contains(statuses.get(i))) {
                    errors.notInEnum("status[" + i + "]", LIST_STATUSES);
                }
            }
        }
        Boolean gmt = q.has("dates_are_gmt") ? ParamErrors.asBoolean(q.get("dates_are_gmt")) : Boolean.FALSE;
        if (gmt == null) {
            errors.invalidType("dates_are_gmt", "boolean");
            gmt = false;
        }
        Instant modifiedAfter = ProductsHandler.date(q, "modified_after", gmt, errors);
        Instant modifiedBefore = ProductsHandler.date(q, "modified_before", gmt, errors);
        Instant after = ProductsHandler.date(q, "after", gmt, errors);
        Instant before = ProductsHandler.date(q, "before", gmt, errors);
        errors.throwIfAny();
        call.authorize(Permission.LIST);

        Predicate<ShopOrder> filter;
        if (statuses == null || statuses.isEmpty() || statuses.contains("any")) {
            filter = o -> !"trash".equals(o.status);
        } else {
            Set<String> wanted = new HashSet<>(statuses);
            filter = o -> wanted.contains(o.status);
        }
        if (modifiedAfter != null) {
            filter = filter.and(o -> o.modified.isAfter(modifiedAfter));
        }
        if (modifiedBefore != null) {
            filter = filter.and(o -> o.modified.isBefore(modifiedBefore));
        }
        if (after != null) {
            filter = filter.and(o -> o.created.isAfter(after));
        }
        if (before != null) {
            filter = filter.and(o -> o.created.isBefore(before));
        }
        List<String> include = q.list("include");
        if (include != null && !include.isEmpty()) {
            Set<Long> wanted = ProductsHandler.ids(include);
            filter = filter.and(o -> wanted.contains(o.id));
        }
        String customer = q.get("customer");
        if (customer != null && !customer.isEmpty()) {
            filter = filter.and(o -> Long.toString(o.customerId).equals(customer.trim()));
        }
        String product = q.get("product");
        if (product != null && !product.isEmpty()) {
            filter = filter.and(o -> o.lineItems.stream().anyMatch(l -> Long.toString(l.productId()).equals(product.trim())));
        }
        String search = q.get("search");
        if (search != null && !search.isBlank()) {
            String needle = search.toLowerCase(Locale.ROOT).trim();
            filter = filter.and(o -> (String.join(" ", o.billing.values()) + " " + String.join(" ", o.shipping.values())
                    + " " + o.id).toLowerCase(Locale.ROOT).contains(needle));
        }
        List<ShopOrder> matches = new ArrayList<>();
        for (ShopOrder o : state.orders.values()) {
            if (filter.test(o)) {
                matches.add(o);
            }
        }
        Comparator<ShopOrder> byId = Comparator.comparingLong(o -> o.id);
        // WooCommerce turns orderby=date into "date ID"; a modified second shared by many orders has no second key
        Comparator<ShopOrder> cmp = switch (orderby) {
            case "id", "include", "title", "slug" -> byId;
            case "modified" -> Comparator.<ShopOrder, Instant>comparing(o -> o.modified)
                    .thenComparing(ties.forRequest(o -> o.id));
            default -> Comparator.<ShopOrder, Instant>comparing(o -> o.created).thenComparing(byId);
        };
        matches.sort("asc".equals(order) ? cmp : cmp.reversed());
        Response response = Response.json(200, new byte[0]);
        List<ShopOrder> page = paging.slice(matches, call.request(), settings.baseUrl(), null, response::header);
        List<String> fields = q.list("_fields");
        return response.withBody(Json.write(g -> {
            g.writeStartArray();
            for (ShopOrder o : page) {
                if (fields == null) {
                    json.write(g, o);
                } else {
                    writeFields(g, o, fields);
                }
            }
            g.writeEndArray();
        }));
    }

    /**
     * WordPress's {@code _fields} ({@code rest_filter_response_fields}): only the named top-level fields
     * of each order, in the order's own field order.
     */
    private void writeFields(JsonGenerator g, ShopOrder o, List<String> fields) throws IOException {
        ObjectNode full = (ObjectNode) Json.MAPPER.readTree(Json.write(w -> json.write(w, o)));
        full.retain(fields);
        Json.MAPPER.writeTree(g, full);
    }

    private Response createNote(Call call) {
        long id = call.id("id");
        JsonNode body = call.body();
        ParamErrors errors = new ParamErrors();
        errors.string(body, "note");
        errors.bool(body, "customer_note");
        errors.bool(body, "added_by_user");
        errors.throwIfAny();
        if (!body.hasNonNull("note")) {
            throw ParamErrors.missing("note");
        }
        call.authorize(Permission.CREATE);
        String note = body.get("note").asText();
        if (note.isEmpty()) {
            throw new ApiException(400, "woocommerce_rest_invalid_order_note", "Invalid order note.");
        }
        boolean customer = body.hasNonNull("customer_note") && Boolean.TRUE.equals(ParamErrors.asBoolean(body.get("customer_note")));
        boolean byUser = body.hasNonNull("added_by_user") && Boolean.TRUE.equals(ParamErrors.asBoolean(body.get("added_by_user")));
        ShopNote n = service.addNote(id, note, customer, byUser ? "shop-admin" : "WooCommerce");
        return Response.json(201, Json.write(g -> json.writeNote(g, n)))
                .header("Location", settings.restUrl("/wc/v3/orders/" + id + "/notes/" + n.id()));
    }

    private Response listNotes(Call call) {
        long id = call.id("id");
        String type = call.query().get("type");
        if (type != null && !List.of("any", "customer", "internal").contains(type)) {
            ParamErrors errors = new ParamErrors();
            errors.notInEnum("type", List.of("any", "customer", "internal"));
            errors.throwIfAny();
        }
        call.authorize(Permission.LIST);
        if (!state.orders.containsKey(id)) {
            throw new ApiException(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
        }
        List<ShopNote> notes = new ArrayList<>(state.notes.getOrDefault(id, List.of()));
        notes.removeIf(n -> ("customer".equals(type) && !n.customerNote()) || ("internal".equals(type) && n.customerNote()));
        // Newest first; notes of the same second in id order, as capture 18b shows.
        notes.sort(Comparator.comparing(ShopNote::created).reversed().thenComparingLong(ShopNote::id));
        return Response.json(200, Json.write(g -> {
            g.writeStartArray();
            for (ShopNote n : notes) {
                json.writeNote(g, n);
            }
            g.writeEndArray();
        }));
    }

    private ShopNote note(Call call) {
        long id = call.id("id");
        long noteId = call.id("note");
        if (!state.orders.containsKey(id)) {
            throw new ApiException(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
        }
        for (ShopNote n : state.notes.getOrDefault(id, List.of())) {
            if (n.id() == noteId) {
                return n;
            }
        }
        throw new ApiException(404, "woocommerce_rest_invalid_id", "Invalid resource ID.");
    }

    private Response getNote(Call call) {
        call.authorize(Permission.VIEW);
        ShopNote n = note(call);
        return Response.json(200, Json.write(g -> json.writeNote(g, n)));
    }

    private Response deleteNote(Call call) {
        call.authorize(Permission.DELETE);
        if (!Boolean.TRUE.equals(ParamErrors.asBoolean(String.valueOf(call.query().get("force"))))) {
            throw new ApiException(501, "woocommerce_rest_trash_not_supported", "Webhooks do not support trashing.");
        }
        ShopNote n = note(call);
        state.lock.lock();
        try {
            state.notes.computeIfPresent(n.orderId(), (k, list) -> {
                List<ShopNote> copy = new ArrayList<>(list);
                copy.removeIf(x -> x.id() == n.id());
                return List.copyOf(copy);
            });
        } finally {
            state.lock.unlock();
        }
        return Response.json(200, Json.write(g -> json.writeNote(g, n)));
    }
}
