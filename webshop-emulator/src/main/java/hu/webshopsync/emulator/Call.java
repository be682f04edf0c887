package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * A routed request: the request, its path parameters and whether the caller authenticated.
 * Handlers validate parameters first and call {@link #authorize} afterwards, because WordPress
 * validates arguments before it runs permission checks.
 */
final class Call {

    private final Request request;
    private final Map<String, String> pathParams;
    private final boolean authenticated;
    private final WorkMeter work;
    private JsonNode body;

    Call(Request request, Map<String, String> pathParams, boolean authenticated, WorkMeter work) {
        this.request = request;
        this.pathParams = pathParams;
        this.authenticated = authenticated;
        this.work = work;
    }

    /** The server time this request has cost; batches charge it item by item. */
    WorkMeter work() {
        return work;
    }

    Request request() {
        return request;
    }

    QueryParams query() {
        return request.query();
    }

    long id(String name) {
        try {
            return Long.parseLong(pathParams.get(name));
        } catch (NumberFormatException e) {
            throw ApiException.noRoute();
        }
    }

    String param(String name) {
        return pathParams.get(name);
    }

    /** The JSON body (or form fields as a JSON object), parsed once. */
    JsonNode body() {
        if (body == null) {
            String type = request.header("Content-Type");
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                var node = Json.MAPPER.createObjectNode();
                for (Map.Entry<String, String> e : QueryParams.parseForm(request.body()).entries()) {
                    node.put(e.getKey(), e.getValue());
                }
                body = node;
            } else {
                body = Json.parseBody(request.body());
            }
        }
        return body;
    }

    void authorize(Permission permission) {
        if (!authenticated) {
            throw permission.denied();
        }
    }
}
