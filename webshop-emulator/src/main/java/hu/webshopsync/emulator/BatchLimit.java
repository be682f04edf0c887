package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

/** WooCommerce's batch limit: at most 100 create + update + delete items per request. */
final class BatchLimit {

    static final int MAX_ITEMS = 100;

    private BatchLimit() {
    }

    static void check(JsonNode body) {
        int total = 0;
        for (String key : new String[] {"create", "update", "delete"}) {
            JsonNode list = body.get(key);
            if (list != null && list.isArray()) {
                total += list.size();
            }
        }
        if (total > MAX_ITEMS) {
            throw new ApiException(413, "woocommerce_rest_request_entity_too_large",
                    "Unable to accept more than " + MAX_ITEMS + " items for this request.");
        }
    }

    static void writeError(com.fasterxml.jackson.core.JsonGenerator g, long id, ApiException e) throws java.io.IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeFieldName("error");
        Json.MAPPER.writeTree(g, e.toJson());
        g.writeEndObject();
    }
}
