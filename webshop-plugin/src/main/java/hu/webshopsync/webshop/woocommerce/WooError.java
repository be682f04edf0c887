package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/**
 * An error body or the error of one batch item: {@code {"code","message","data"}}.
 *
 * @param code    e.g. {@code product_invalid_sku}
 * @param message the shop's message
 * @param data    e.g. {@code status}, {@code resource_id}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WooError(String code, String message, Map<String, Object> data) {

    /**
     * Missing parts become empty.
     */
    public WooError {
        code = code == null ? "" : code;
        message = message == null ? "" : message;
        data = data == null ? Map.of() : data;
    }

    /**
     * As an exception, with the status from {@code data.status}.
     *
     * @return the exception
     */
    public WooCommerceException toException() {
        Object status = data.get("status");
        return new WooCommerceException(status instanceof Number n ? n.intValue() : 400, code, message, data, null);
    }
}
