package hu.webshopsync.emulator.shoprenter;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** A JSON client of the Shoprenter emulator as the docs prescribe: Accept and Content-Type JSON, Basic auth. */
final class SrClient {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path FIXTURES = Path.of("..", "testdata", "shoprenter", "fixtures");

    record Answer(int status, JsonNode json, String text) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String authorization;

    SrClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        basic(user, password);
    }

    SrClient basic(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    SrClient bearer(String token) {
        authorization = token == null ? null : "Bearer " + token;
        return this;
    }

    static JsonNode fixture(String path) {
        try {
            return MAPPER.readTree(Files.readString(FIXTURES.resolve(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer get(String path) {
        return send("GET", path, null, "application/json", "application/json");
    }

    Answer post(String path, JsonNode body) {
        return send("POST", path, body.toString(), "application/json", "application/json");
    }

    Answer put(String path, JsonNode body) {
        return send("PUT", path, body.toString(), "application/json", "application/json");
    }

    Answer delete(String path) {
        return send("DELETE", path, null, "application/json", "application/json");
    }

    /** {@code ok} checked: the JSON of a 200 answer. */
    JsonNode ok(Answer a) {
        if (a.status() != 200 && a.status() != 201) {
            throw new AssertionError("expected 200, got " + a.status() + ": " + a.text());
        }
        return a.json();
    }

    Answer send(String method, String path, String body, String accept, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            b.header("Accept", accept);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = r.body().isEmpty() ? null : MAPPER.readTree(r.body());
            return new Answer(r.statusCode(), json, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
