package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** {@code /wc/v3/orders/{id}/refunds} and {@code /wc/v3/orders/{id}/refunds/{refund}}. */
final class RefundsHandler {

    private final ShopState state;
    private final ShopSettings settings;
    private final OrderRefunds refunds;
    private final OrderJson json;

    RefundsHandler(ShopState state, ShopSettings settings, OrderRefunds refunds, OrderJson json) {
        this.state = state;
        this.settings = settings;
        this.refunds = refunds;
        this.json = json;
    }

    void register(Router router) {
        String base = "/wp-json/wc/v3/orders/{id}/refunds";
        router.add("GET", base, Router.Realm.WOO, this::list)
                .add("POST", base, Router.Realm.WOO, this::create)
                .add("GET", base + "/{refund}", Router.Realm.WOO, this::get)
                .add("DELETE", base + "/{refund}", Router.Realm.WOO, this::delete);
    }

    private Response create(Call call) {
        long orderId = call.id("id");
        JsonNode body = call.body();
        OrderRefunds.validate(body);
        call.authorize(Permission.CREATE);
        ShopRefund r = refunds.create(orderId, body);
        return one(201, r).header("Location", settings.restUrl("/wc/v3/orders/" + orderId + "/refunds/" + r.id()));
    }

    private Response get(Call call) {
        long orderId = call.id("id");
        long refundId = call.id("refund");
        call.authorize(Permission.VIEW);
        return one(200, refunds.get(orderId, refundId));
    }

    /** Refunds cannot be trashed: {@code force} defaults to true here, and false is 501. */
    private Response delete(Call call) {
        long orderId = call.id("id");
        long refundId = call.id("refund");
        call.authorize(Permission.DELETE);
        String force = call.query().get("force");
        if (force != null && Boolean.FALSE.equals(ParamErrors.asBoolean(force))) {
            throw new ApiException(501, "woocommerce_rest_trash_not_supported",
                    "The shop_order_refund does not support trashing.");
        }
        return one(200, refunds.delete(orderId, refundId));
    }

    /** Newest first; an unknown order simply has none (the controller queries by parent id). */
    private Response list(Call call) {
        long orderId = call.id("id");
        ParamErrors errors = new ParamErrors();
        Paging paging = Paging.from(call.query(), errors, 10);
        errors.throwIfAny();
        call.authorize(Permission.LIST);
        ShopOrder o = state.orders.get(orderId);
        List<ShopRefund> all = o == null ? List.of() : o.refunds;
        Response response = Response.json(200, new byte[0]);
        List<ShopRefund> page = paging.slice(all, call.request(), settings.baseUrl(), null, response::header);
        return response.withBody(Json.write(g -> {
            g.writeStartArray();
            for (ShopRefund r : page) {
                json.writeRefund(g, r);
            }
            g.writeEndArray();
        }));
    }

    private Response one(int status, ShopRefund r) {
        return Response.json(status, Json.write(g -> json.writeRefund(g, r)));
    }
}
