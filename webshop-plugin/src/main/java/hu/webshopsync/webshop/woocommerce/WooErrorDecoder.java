package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a non-2xx answer into a {@link WooCommerceException}; temporary refusals (429, 502, 503,
 * 504) come wrapped in Feign's {@link RetryableException} so that {@link WooRetryer} may try again.
 * Reads at most 64 KiB of the body: an error page is never worth more.
 */
final class WooErrorDecoder implements ErrorDecoder {

    private static final int MAX_BODY = 64 * 1024;

    private final ObjectMapper mapper;
    private final Clock clock;

    WooErrorDecoder(ObjectMapper mapper, Clock clock) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        WooCommerceException error = toException(response);
        if (error.retryable()) {
            Request request = response.request();
            return new RetryableException(response.status(), error.getMessage(),
                    request == null ? null : request.httpMethod(), error, (Long) null, request);
        }
        return error;
    }

    WooCommerceException toException(Response response) {
        int status = response.status();
        Duration retryAfter = retryAfter(header(response, "Retry-After"));
        byte[] body = readBody(response);
        JsonNode json = parse(body);
        if (json != null && json.isObject() && json.hasNonNull("code")) {
            Map<String, Object> data = new LinkedHashMap<>();
            JsonNode d = json.get("data");
            if (d != null && d.isObject()) {
                data.putAll(mapper.convertValue(d, Map.class));
            }
            return new WooCommerceException(status, json.get("code").asText(), json.path("message").asText(""),
                    data, retryAfter);
        }
        if (status >= 300 && status < 400) {
            String location = header(response, "Location");
            return new WooCommerceException(status, WooCommerceException.REDIRECTED,
                    "redirected to " + (location == null ? "?" : stripQuery(location)), Map.of(), retryAfter);
        }
        String type = header(response, "Content-Type");
        return new WooCommerceException(status, WooCommerceException.NOT_WOOCOMMERCE,
                "not a WooCommerce REST answer (" + (type == null ? "no content type" : type) + ", "
                        + body.length + " bytes)", Map.of(), retryAfter);
    }

    /** Seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
    Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] readBody(Response response) {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readNBytes(MAX_BODY);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String header(Response response, String name) {
        for (Map.Entry<String, Collection<String>> e : response.headers().entrySet()) {
            if (e.getKey() != null && e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                    && !e.getValue().isEmpty()) {
                return e.getValue().iterator().next();
            }
        }
        return null;
    }

    private static String stripQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
