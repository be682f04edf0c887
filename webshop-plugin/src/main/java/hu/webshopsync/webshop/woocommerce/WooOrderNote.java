package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An order note, as {@code POST /orders/{id}/notes} takes and returns it (capture 18).
 *
 * @param id           the note's id; {@code null} in a request
 * @param note         the text
 * @param customerNote whether the customer sees it (and gets an e-mail); the sync's notes are private
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WooOrderNote(@JsonProperty("id") Long id, @JsonProperty("note") String note,
                           @JsonProperty("customer_note") boolean customerNote) {

    /**
     * A private note to send.
     *
     * @param text the text
     * @return the request body
     */
    public static WooOrderNote privateNote(String text) {
        return new WooOrderNote(null, text, false);
    }
}
