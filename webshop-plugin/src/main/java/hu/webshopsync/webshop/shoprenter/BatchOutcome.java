package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The answer to one item of a {@code POST /batch}: the batch itself answers 200 even when items
 * fail, so each item carries its own status.
 *
 * @param statusCode the item's HTTP status
 * @param body       the item's body: the resource, or the error (often {@code {"message": …}})
 */
public record BatchOutcome(int statusCode, JsonNode body) {

    /** A missing body becomes {@link MissingNode}. */
    public BatchOutcome {
        body = body == null ? MissingNode.getInstance() : body;
    }

    /** @return whether the item succeeded (2xx) */
    public boolean ok() {
        return statusCode >= 200 && statusCode < 300;
    }

    /** @return the error text of a failed item ({@code message}, else the body cut short) */
    public String message() {
        String m = SrValues.text(body, "message").orElse(null);
        if (m != null) {
            return m;
        }
        String raw = body.isMissingNode() ? "" : body.isTextual() ? body.asText() : body.toString();
        return raw.length() <= 300 ? raw : raw.substring(0, 300) + "…";
    }
}
