package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers; the server adds the common headers and sends it. */
public record Response(int status, Map<String, String> headers, byte[] body, String contentType) {

    public static final String JSON = "application/json; charset=UTF-8";

    public static Response json(int status, byte[] body) {
        return new Response(status, new LinkedHashMap<>(), body, JSON);
    }

    public static Response json(int status, JsonNode body) {
        return json(status, Json.bytes(body));
    }

    static Response error(ApiException e) {
        return json(e.status(), e.toJson());
    }

    /** Adds a header; returns this answer. */
    public Response header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Response withBody(byte[] newBody) {
        return new Response(status, headers, newBody, contentType);
    }
}
