package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.QueryParams;

/**
 * One API call, direct or an item of a batch: {@code METHOD /resource[/id]?query} with its body.
 *
 * @param path  the path as routed, e.g. {@code productExtend/cHJv…} (for hrefs of the answer)
 * @param id    the id segment, or {@code null} for the collection
 * @param body  the JSON body with a lone top-level {@code data} key unwrapped (both shapes appear in the
 *              docs, UNVERIFIED which is canonical), or {@code null} without a body
 */
record SrCall(String method, String resource, String id, String path, QueryParams query, JsonNode body) {

    /** The body to write; 40001 when there is none. */
    JsonNode data() {
        if (body == null || !body.isObject()) {
            throw SrError.noData();
        }
        return body;
    }

    static JsonNode unwrap(JsonNode body) {
        if (body != null && body.isObject() && body.size() == 1 && body.has("data") && body.get("data").isObject()) {
            return body.get("data");
        }
        return body;
    }
}
