package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Writes a {@code POST /batch} body and reads its answer (api/04):
 * {@code {"data":{"requests":[{"method","uri","data"}]}}} →
 * {@code {"requests":{"request":[{"method","uri","response":{"header":{"statusCode"},"body"}}]}}}.
 * The answer's {@code statusCode} may be a string or a number, a list of one may be the object
 * itself, and the whole may be wrapped in {@code response}: all are read.
 */
final class SrBatchCodec {

    private final ObjectMapper mapper;
    private final Function<String, String> absoluteUrl;

    SrBatchCodec(ObjectMapper mapper, Function<String, String> absoluteUrl) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.absoluteUrl = Objects.requireNonNull(absoluteUrl, "absoluteUrl");
    }

    ObjectNode request(List<BatchItem> items) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode requests = root.putObject("data").putArray("requests");
        for (BatchItem item : items) {
            ObjectNode r = requests.addObject();
            r.put("method", item.method());
            r.put("uri", absoluteUrl.apply(item.pathAndQuery()));
            if (item.data() != null) {
                r.set("data", mapper.valueToTree(item.data()));
            }
        }
        return root;
    }

    /**
     * @param answer   the batch answer, already unwrapped
     * @param expected how many items were sent
     * @return one outcome per item, in the order sent
     * @throws SrException when the answer does not hold one result per item
     */
    List<BatchOutcome> outcomes(JsonNode answer, int expected) {
        JsonNode requests = answer == null ? null : answer.get("requests");
        List<JsonNode> elements = new ArrayList<>();
        if (requests != null && requests.isArray()) {
            requests.forEach(elements::add);
        } else {
            elements.addAll(SrValues.list(requests, "request"));
        }
        if (elements.size() != expected) {
            throw new SrException(200, SrException.Kind.UNREADABLE, "",
                    "batch answer holds " + elements.size() + " results for " + expected + " requests", null, true);
        }
        List<BatchOutcome> out = new ArrayList<>(elements.size());
        for (JsonNode element : elements) {
            JsonNode response = element.has("response") ? element.get("response") : element;
            OptionalLong status = SrValues.integer(response.path("header"), "statusCode");
            if (status.isEmpty()) {
                status = SrValues.integer(response, "statusCode");
            }
            JsonNode body = SrHttp.unwrap(response.get("body"));
            out.add(new BatchOutcome((int) status.orElse(0), body));
        }
        return out;
    }
}
