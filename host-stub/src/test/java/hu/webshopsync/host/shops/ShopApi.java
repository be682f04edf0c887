package hu.webshopsync.host.shops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The shop's WooCommerce REST API as a shop front or an administrator uses it: what the tests do in the
 * shop (place an order, create a product by hand), over HTTP Basic with the emulator's demo key.
 */
public final class ShopApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String api;
    private final String authorization;

    /**
     * @param baseUrl        the shop's address
     * @param consumerKey    the REST key
     * @param consumerSecret the REST secret
     */
    public ShopApi(String baseUrl, String consumerKey, String consumerSecret) {
        this.api = baseUrl + "/wp-json/wc/v3";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((consumerKey + ":" + consumerSecret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * POSTs a JSON body.
     *
     * @param path e.g. {@code /orders}
     * @param body a value Jackson can write
     * @return the answer
     */
    public JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    /**
     * PUTs a JSON body.
     *
     * @param path e.g. {@code /orders/12}
     * @param body a value Jackson can write
     * @return the answer
     */
    public JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    /**
     * GETs a resource.
     *
     * @param path e.g. {@code /products?sku=A}
     * @return the answer
     */
    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json; charset=UTF-8")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
