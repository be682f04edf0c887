package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code POST /orders/batch} to order updates (capture 50): the updated orders in
 * request order, a failed item as {@code {"id":…,"error":{…}}}, HTTP 200 either way.
 *
 * @param update one answer per order sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WooOrderBatch(List<Item> update) {

    /**
     * A missing list becomes empty.
     */
    public WooOrderBatch {
        update = update == null ? List.of() : List.copyOf(update);
    }

    /**
     * The request: orders to update.
     *
     * @param update at most 100 updates
     */
    public record Request(List<Update> update) {

        /**
         * Copies.
         */
        public Request {
            update = List.copyOf(update);
        }
    }

    /**
     * One order's update: meta entries set by key ({@code WC_Data::update_meta_data}, capture 49) and,
     * when not null, a new status.
     *
     * @param id       the order's id
     * @param status   its new status, or {@code null} to leave it
     * @param metaData the meta entries to set
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Update(@JsonProperty("id") long id, @JsonProperty("status") String status,
                         @JsonProperty("meta_data") List<MetaEntry> metaData) {
    }

    /**
     * A meta entry to set: the key's first row gets the value, or a row is added.
     *
     * @param key   the meta key
     * @param value its text
     */
    public record MetaEntry(@JsonProperty("key") String key, @JsonProperty("value") String value) {
    }

    /**
     * One answer: the order as stored (reduced to its status), or an error.
     *
     * @param id     the order's id
     * @param status its status now
     * @param error  the error, when the item failed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(@JsonProperty("id") long id, @JsonProperty("status") String status,
                       @JsonProperty("error") WooError error) {
    }
}
