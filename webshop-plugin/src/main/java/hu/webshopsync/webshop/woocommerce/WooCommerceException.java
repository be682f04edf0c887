package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.shop.ShopException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop answered with an error: WooCommerce's {@code {"code","message","data"}} body, or a status
 * that is not WooCommerce's at all (then {@link #code()} is one of the {@code webshopsync_…} codes
 * below). The message holds the status, the code and the shop's own message; never a credential.
 */
public class WooCommerceException extends ShopException {

    private static final long serialVersionUID = 1L;

    /** The answer was not a WooCommerce error body (HTML, empty, another API). */
    public static final String NOT_WOOCOMMERCE = "webshopsync_not_woocommerce";
    /** A 2xx answer whose body could not be read as the expected JSON. */
    public static final String INVALID_RESPONSE = "webshopsync_invalid_response";
    /** The shop answered with a redirect; the configured address is not the API's. */
    public static final String REDIRECTED = "webshopsync_redirected";

    private final int status;
    private final String code;
    private final String shopMessage;
    private final transient Map<String, Object> data;
    private final Duration retryAfter;

    /**
     * @param status      the HTTP status
     * @param code        WooCommerce's error code, e.g. {@code product_invalid_sku}
     * @param shopMessage the shop's message, as it gave it
     * @param data        the error's {@code data} object, e.g. {@code resource_id}
     * @param retryAfter  the shop's {@code Retry-After}, if it gave one
     */
    public WooCommerceException(int status, String code, String shopMessage, Map<String, Object> data,
                                Duration retryAfter) {
        super("HTTP " + status + " " + code + ": " + shopMessage, null);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.shopMessage = shopMessage == null ? "" : shopMessage;
        this.data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
        this.retryAfter = retryAfter;
    }

    /** @return the HTTP status; for an item of a batch answer, the item's {@code data.status} */
    public int status() {
        return status;
    }

    /** @return WooCommerce's error code, e.g. {@code product_invalid_sku}, {@code term_exists} */
    public String code() {
        return code;
    }

    /** @return the shop's human-readable message (English on most shops) */
    public String shopMessage() {
        return shopMessage;
    }

    /** @return the error's {@code data} object, e.g. {@code status}, {@code resource_id}, {@code params} */
    public Map<String, Object> data() {
        return data;
    }

    /** @return {@code data.resource_id}: the existing product or category a duplicate points at */
    public Optional<Long> resourceId() {
        Object id = data.get("resource_id");
        if (id instanceof Number n) {
            return Optional.of(n.longValue());
        }
        if (id instanceof String s && s.matches("\\d+")) {
            return Optional.of(Long.parseLong(s));
        }
        return Optional.empty();
    }

    /**
     * Whether trying again later may work: a request timeout (408), throttling (429) and gateway
     * trouble (502, 503, 504).
     *
     * @return true for a temporary refusal
     */
    @Override
    public boolean retryable() {
        return status == 408 || status == 429 || status == 502 || status == 503 || status == 504;
    }

    /**
     * A 500: WordPress answers it when PHP stopped the request at {@code max_execution_time} (or
     * died otherwise), after the items of a batch before that point were stored.
     *
     * @return true for a server error
     */
    @Override
    public boolean partlyDone() {
        return status == 500;
    }

    /** @return how long the shop asked us to wait, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return whether the shop refused the credentials (401, or 403 with an authentication code) */
    public boolean authenticationFailed() {
        return status == 401 || status == 403 && code.contains("authentication");
    }

    @Override
    public boolean credentialsRefused() {
        return authenticationFailed();
    }

    @Override
    public LocalizedText phrase() {
        if (code.equals("woocommerce_rest_authentication_error")) {
            return LocalizedText.of("error.wrongSecret");
        }
        if (authenticationFailed()) {
            return LocalizedText.of("error.credentialsRefused", status);
        }
        if (code.equals(INVALID_RESPONSE)) {
            // a cut-off transfer and a web page that is no shop look alike here; the text names both
            return LocalizedText.of("error.unreadableAnswer", status);
        }
        if (code.equals(NOT_WOOCOMMERCE) || code.equals("rest_no_route")) {
            return LocalizedText.of("error.notWooCommerce", status);
        }
        if (code.equals(REDIRECTED)) {
            return LocalizedText.of("error.redirected", shopMessage);
        }
        if (retryable()) {
            return LocalizedText.of("error.shopBusy", status);
        }
        return LocalizedText.of("error.shopRefused", status, code, shopMessage);
    }
}
