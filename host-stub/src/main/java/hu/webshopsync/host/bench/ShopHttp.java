package hu.webshopsync.host.bench;

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
 * A plain JDK HTTP client on the emulator's WooCommerce API with HTTP Basic (accepted over loopback,
 * as over HTTPS). Used by the benchmark's own shop traffic: placing orders, the naive pusher.
 */
final class ShopHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String api;
    private final String authorization;

    ShopHttp(String baseUrl, String consumerKey, String consumerSecret) {
        this.api = baseUrl + RequestTally.API;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((consumerKey + ":" + consumerSecret).getBytes(StandardCharsets.UTF_8));
    }

    ObjectMapper json() {
        return json;
    }

    JsonNode get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(api + pathAndQuery)).GET(), pathAndQuery);
    }

    JsonNode post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).POST(body(body)), path);
    }

    JsonNode put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).PUT(body(body)), path);
    }

    private HttpRequest.BodyPublisher body(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<byte[]> response = client.send(request.header("Authorization", authorization)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("the shop answered " + response.statusCode() + " to " + what + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
