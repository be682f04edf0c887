package hu.webshopsync.host.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A plain JDK HTTP client on a Shoprenter API with the API user (HTTP Basic), for what the host's bench,
 * demo and tests do in the shop as its checkout or admin would: JSON both ways, a lone {@code response}
 * key unwrapped, a 429 (the shop's 3 requests per second) waited out and repeated.
 */
public final class ShoprenterRest {

    private static final int ATTEMPTS_ON_429 = 20;
    /** The most items the docs recommend per batch. */
    private static final int BATCH = 200;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String api;
    private final String authorization;

    /**
     * @param baseUrl     the API's base, resources directly under it
     * @param apiUser     the API user
     * @param apiPassword its password
     */
    public ShoprenterRest(String baseUrl, String apiUser, String apiPassword) {
        this.api = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((apiUser + ":" + apiPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** @return the mapper the bodies are written with */
    public ObjectMapper json() {
        return json;
    }

    /**
     * @param pathAndQuery e.g. {@code /productExtend?sku=A&full=1}
     * @return the answer
     */
    public JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    /**
     * @param path e.g. {@code /orders}
     * @param body the bare object, as the docs' examples send it
     * @return the answer
     */
    public JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    /**
     * @param path e.g. {@code /orders/b3JkZXItb3JkZXJfaWQ9MQ==}
     * @param body the fields to change
     * @return the answer
     */
    public JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    /**
     * A batch item for {@link #batch}.
     *
     * @param method GET, POST, PUT or DELETE
     * @param path   the path and query under the API's base
     * @param data   the body of a POST or PUT, or {@code null}
     * @return the item
     */
    public ObjectNode item(String method, String path, Object data) {
        ObjectNode item = json.createObjectNode().put("method", method).put("uri", api + path);
        if (data != null) {
            item.set("data", json.valueToTree(data));
        }
        return item;
    }

    /**
     * Sends items in {@code POST /batch} requests of at most 200, one after the other, as the docs ask.
     *
     * @param items the items, see {@link #item}
     * @return each item's answer body, in the same order
     * @throws IllegalStateException naming the item when one of them failed (the shop answers the batch
     *                               with 200 and each item with its own status)
     */
    public List<JsonNode> batch(List<ObjectNode> items) {
        List<JsonNode> bodies = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            List<ObjectNode> chunk = items.subList(from, Math.min(items.size(), from + BATCH));
            ObjectNode request = json.createObjectNode();
            request.putObject("data").putArray("requests").addAll(chunk);
            JsonNode answers = post("/batch", request).path("requests").path("request");
            for (int i = 0; i < chunk.size(); i++) {
                JsonNode answer = answers.path(i).path("response");
                int status = answer.path("header").path("statusCode").asInt(0);
                if (status < 200 || status >= 300) {
                    throw new IllegalStateException("the shop answered " + status + " to " + chunk.get(i).path("method")
                            .asText() + " " + chunk.get(i).path("uri").asText() + " in a batch: " + answer.path("body"));
                }
                bodies.add(answer.path("body"));
            }
        }
        return bodies;
    }

    private JsonNode send(String method, String path, Object body) {
        try {
            byte[] bytes = body == null ? null : json.writeValueAsBytes(body);
            for (int attempt = 1; ; attempt++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", authorization)
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/json")
                        .method(method, bytes == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes));
                HttpResponse<byte[]> response;
                try {
                    response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                } catch (IOException closed) {
                    // a kept-alive connection the server had closed: the request got no answer at all; this
                    // client serves the bench, the demo and the tests, so sending it once more is safe enough
                    if (attempt > 1) {
                        throw closed;
                    }
                    continue;
                }
                if (response.statusCode() == 429 && attempt < ATTEMPTS_ON_429) {
                    // Shoprenter documents no Retry-After: a second frees the window of its 3 requests
                    Thread.sleep(1_000);
                    continue;
                }
                if (response.statusCode() >= 300) {
                    throw new IllegalStateException("the shop answered " + response.statusCode() + " to " + method + " "
                            + path + ": " + new String(response.body(), StandardCharsets.UTF_8));
                }
                JsonNode answer = response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
                return answer.size() == 1 && answer.has("response") ? answer.get("response") : answer;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
