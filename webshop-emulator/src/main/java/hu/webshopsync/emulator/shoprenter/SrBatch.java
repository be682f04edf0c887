package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.FaultKind;
import hu.webshopsync.emulator.ServerControls;

import java.util.Locale;

/**
 * {@code POST /batch} (api/04): {@code {"data":{"requests":[{"method","uri","data"}]}}}, at most 200
 * items (the docs recommend it; the emulator refuses more), run one after another; the answer is HTTP
 * 200 with each item's own status: {@code {"requests":{"request":[{"method","uri","response":{"header":
 * {"statusCode":N},"body":…}}]}}}. No rollback: an item's failure leaves the others done (UNVERIFIED).
 * A later item cannot use an id an earlier one created, as the docs warn, unless it names an outer id.
 * A {@link FaultKind#REJECT_ITEM} rule refuses the item it picks with the status it gives and the shop's
 * error body, as the shop answers an item it will not take; the item is not performed.
 */
final class SrBatch {

    static final int MAX_ITEMS = 200;

    private final SrRoutes routes;
    private final SrUris uris;
    private final ServerControls server;

    SrBatch(SrRoutes routes, SrUris uris, ServerControls server) {
        this.routes = routes;
        this.uris = uris;
        this.server = server;
    }

    SrAnswer handle(SrCall call) {
        if (!call.method().equals("POST") || call.id() != null) {
            throw SrError.methodNotAllowed(call.method(), "batch");
        }
        JsonNode requests = call.data().get("requests");
        if (requests == null || !requests.isArray()) {
            throw SrError.noData();
        }
        if (requests.size() > MAX_ITEMS) {
            throw SrError.badData("A batch may hold at most " + MAX_ITEMS + " requests: " + requests.size());
        }
        ObjectNode answer = SrJson.MAPPER.createObjectNode();
        ArrayNode out = answer.putObject("requests").putArray("request");
        for (JsonNode item : requests) {
            String method = item.path("method").asText("").toUpperCase(Locale.ROOT);
            String uri = item.path("uri").asText("");
            ObjectNode o = out.addObject();
            o.put("method", method);
            o.put("uri", uri);
            SrAnswer result = run(method, uri, item.get("data"));
            ObjectNode response = o.putObject("response");
            response.putObject("header").put("statusCode", result.status());
            response.set("body", result.body() == null ? SrJson.MAPPER.createObjectNode() : result.body());
        }
        return SrAnswer.ok(answer);
    }

    private SrAnswer run(String method, String uri, JsonNode data) {
        try {
            if (!method.equals("GET") && !method.equals("POST") && !method.equals("PUT") && !method.equals("DELETE")) {
                throw SrError.methodNotAllowed(method, uri);
            }
            SrCall item = uris.call(method, uri, SrCall.unwrap(data));
            if (item.resource().equals("batch")) {
                throw SrError.badData("A batch cannot hold a batch.");
            }
            String sku = item.body() != null && item.body().hasNonNull("sku") ? item.body().get("sku").asText() : null;
            String path = "/" + item.resource() + (item.id() == null ? "" : "/" + item.id());
            server.itemRejection(method, path, sku).ifPresent(rule -> {
                throw SrError.refusedItem(rule.status());
            });
            return routes.call(item);
        } catch (SrError e) {
            return SrAnswer.of(e);
        }
    }
}
