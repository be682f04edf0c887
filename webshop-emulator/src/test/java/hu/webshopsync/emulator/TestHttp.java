package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JDK HttpClient wrapper for the tests. */
final class TestHttp {

    record Resp(int status, HttpResponse<byte[]> raw) {
        String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Top-level {@code id}s of a JSON array answer, as strings. */
        java.util.List<String> ids() {
            java.util.List<String> ids = new java.util.ArrayList<>();
            json().forEach(n -> ids.add(n.get("id").asText()));
            return ids;
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private String authorization;

    TestHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    TestHttp basic(String user, String password) {
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    TestHttp anonymous() {
        authorization = null;
        return this;
    }

    Resp get(String path) throws IOException {
        return send("GET", path, null, null);
    }

    Resp post(String path, String json) throws IOException {
        return send("POST", path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Resp put(String path, String json) throws IOException {
        return send("PUT", path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Resp delete(String path) throws IOException {
        return send("DELETE", path, null, null);
    }

    Resp send(String method, String path, byte[] body, String contentType, String... headers) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Resp(r.statusCode(), r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
