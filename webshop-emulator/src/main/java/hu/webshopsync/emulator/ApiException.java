package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A WordPress REST error: {@code {"code":…,"message":…,"data":{"status":N,…}}}. Thrown by handlers and
 * rendered by the server; also collected per item by the batch endpoints.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient ObjectNode extraData;

    ApiException(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiException(int status, String code, String message, ObjectNode extraData) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.extraData = extraData;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The error object as WordPress renders it. */
    ObjectNode toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("code", code);
        root.put("message", getMessage());
        ObjectNode data = root.putObject("data");
        data.put("status", status);
        if (extraData != null) {
            data.setAll(extraData);
        }
        return root;
    }

    static ApiException noRoute() {
        return new ApiException(404, "rest_no_route", "No route was found matching the URL and request method.");
    }
}
