package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The HTTP control endpoint under {@code /__emulator/}: no authentication, but only loopback callers
 * are answered (403 otherwise). Mirrors {@link EmulatorControl}.
 */
final class ControlHandler {

    private final EmulatorControl control;

    ControlHandler(EmulatorControl control) {
        this.control = control;
    }

    Response handle(Request request) {
        if (request.remote() == null || !request.remote().isLoopbackAddress()) {
            return Response.error(new ApiException(403, "emulator_forbidden", "The control endpoint answers loopback callers only."));
        }
        try {
            String route = request.method() + " " + request.path().replaceAll("/+$", "");
            return switch (route) {
                case "GET /__emulator/counters" -> Response.json(200, Json.bytesOf(control.counters()));
                case "POST /__emulator/counters/reset" -> {
                    control.resetCounters();
                    yield ok();
                }
                case "GET /__emulator/server" -> Response.json(200, Json.bytesOf(control.serverLoad()));
                case "GET /__emulator/state" -> Response.json(200, Json.bytesOf(control.snapshot()));
                case "GET /__emulator/faults" -> Response.json(200, faultsJson(control.faults()));
                case "POST /__emulator/faults" -> {
                    control.setFaults(parseRules(Json.parseBody(request.body())));
                    yield Response.json(200, faultsJson(control.faults()));
                }
                case "DELETE /__emulator/faults" -> {
                    control.resetFaults();
                    yield ok();
                }
                case "POST /__emulator/latency" -> {
                    JsonNode body = Json.parseBody(request.body());
                    control.setLatency(body.path("fixedMs").asLong(0), body.path("jitterMs").asLong(0));
                    yield ok();
                }
                case "POST /__emulator/reset" -> {
                    control.reset();
                    yield ok();
                }
                case "POST /__emulator/credentials" -> {
                    JsonNode body = Json.parseBody(request.body());
                    // WooCommerce's consumer key and secret, or Shoprenter's API user and password
                    control.setCredentials(body.path("consumerKey").asText(body.path("apiUser").asText()),
                            body.path("consumerSecret").asText(body.path("apiPassword").asText()));
                    yield ok();
                }
                case "POST /__emulator/rate-limit" -> {
                    control.setRateLimit(Json.parseBody(request.body()).path("perSecond").asInt(0));
                    yield ok();
                }
                case "POST /__emulator/credentials/revoke" -> {
                    control.revokeCredentials();
                    yield ok();
                }
                default -> Response.error(new ApiException(404, "emulator_no_route", "Unknown control route: " + route));
            };
        } catch (ApiException e) {
            return Response.error(e);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return Response.error(new ApiException(400, "emulator_invalid_request", String.valueOf(e.getMessage())));
        }
    }

    private static Response ok() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("ok", true);
        return Response.json(200, o);
    }

    /**
     * A list (or one object) of {@code {"route","kind","status","rate","times","retryAfterSeconds","delayMs","sku"}};
     * {@code rate} defaults to 1, {@code times} to 0 (unlimited).
     */
    static List<FaultRule> parseRules(JsonNode body) {
        List<FaultRule> rules = new ArrayList<>();
        JsonNode list = body.isArray() ? body : body.has("rules") ? body.get("rules") : Json.MAPPER.createArrayNode().add(body);
        for (JsonNode r : list) {
            FaultKind kind = FaultKind.fromJson(r.path("kind").asText("status"));
            rules.add(new FaultRule(r.path("route").asText("*"), kind, r.path("rate").asDouble(1.0),
                    r.path("times").asInt(0), r.path("status").asInt(kind == FaultKind.STATUS ? 500 : 0),
                    r.path("retryAfterSeconds").asInt(0), r.path("delayMs").asLong(0),
                    r.hasNonNull("sku") ? r.get("sku").asText() : null));
        }
        return rules;
    }

    private static byte[] faultsJson(List<FaultRule> rules) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (FaultRule r : rules) {
            ObjectNode o = arr.addObject();
            o.put("route", r.route());
            o.put("kind", r.kind().jsonName());
            o.put("rate", r.rate());
            o.put("times", r.times());
            o.put("status", r.status());
            o.put("retryAfterSeconds", r.retryAfterSeconds());
            o.put("delayMs", r.delayMs());
            if (r.sku() != null) {
                o.put("sku", r.sku());
            }
        }
        return Json.bytes(arr);
    }
}
