package hu.webshopsync.host.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A minimal WooCommerce REST v3 client for what the demo does besides the plugin: customers placing
 * orders, and reading the shop's products back. HTTP Basic with the consumer key and secret, as
 * WooCommerce accepts over HTTPS (and the emulator over plain HTTP).
 */
final class ShopRest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String api;
    private final String authorization;

    ShopRest(ShopAccess access) {
        this.api = access.url() + "/wp-json/wc/v3";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (access.consumerKey() + ":" + access.consumerSecret()).getBytes(StandardCharsets.UTF_8));
    }

    /** An answer: status, total count header (for lists) and body. */
    record Answer(int status, long total, long totalPages, JsonNode body) {
    }

    Answer get(String pathAndQuery) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(api + pathAndQuery)).GET());
    }

    Answer post(String path, JsonNode body) throws IOException {
        return write("POST", path, body);
    }

    Answer put(String path, JsonNode body) throws IOException {
        return write("PUT", path, body);
    }

    private Answer write(String method, String path, JsonNode body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body),
                        StandardCharsets.UTF_8)));
    }

    ObjectMapper mapper() {
        return mapper;
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        JsonNode body = response.body().isBlank() ? mapper.nullNode() : parse(response.body());
        long total = response.headers().firstValueAsLong("X-WP-Total").orElse(-1);
        long pages = response.headers().firstValueAsLong("X-WP-TotalPages").orElse(1);
        return new Answer(response.statusCode(), total, pages, body);
    }

    private JsonNode parse(String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException notJson) {
            // an error page from a proxy is still an answer; the caller reports its status
            return mapper.getNodeFactory().textNode(text.length() > 200 ? text.substring(0, 200) : text);
        }
    }
}
