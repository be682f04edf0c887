package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Shoprenter error answer. The docs list the HTTP statuses and inner codes (api/02) but never show the
 * JSON body, so the emulator answers {@code {"code": 40003, "message": "…"}} as API-NOTES suggests (UNVERIFIED).
 */
final class SrError extends RuntimeException {

    private final int status;
    private final int code;

    SrError(int status, int code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    int code() {
        return code;
    }

    ObjectNode toJson() {
        ObjectNode o = SrJson.MAPPER.createObjectNode();
        o.put("code", code);
        o.put("message", getMessage());
        return o;
    }

    static SrError notFound() {
        return new SrError(404, 40401, "Resource not found!");
    }

    static SrError noRoute(String path) {
        return new SrError(404, 40401, "Resource matching URI \"" + path + "\" not found");
    }

    static SrError noData() {
        return new SrError(400, 40001, "Data parameter not found in POST/PUT!");
    }

    static SrError readOnly(String field) {
        return new SrError(400, 40002, "The following field is read-only: " + field + "!");
    }

    static SrError required(String fields) {
        return new SrError(400, 40003, "The following fields are required: " + fields + "!");
    }

    static SrError badData(String message) {
        return new SrError(400, 40005, message);
    }

    static SrError wrongId(String field, String id) {
        return new SrError(400, 40007, "The given id of " + field + " does not exist: " + id);
    }

    static SrError pageNotFound(int maxPage) {
        return new SrError(400, 40008, "Page not found! The minimum page is 0 and maximum page is " + maxPage);
    }

    static SrError badDateTime(String parameter, String value) {
        return new SrError(400, 40009, "Invalid datetime in " + parameter + ": " + value
                + " (the format is 1990-01-01T00:00:00)");
    }

    static SrError badParameter(String message) {
        return new SrError(400, 40010, message);
    }

    static SrError exists() {
        return new SrError(409, 40901, "Resource exists!");
    }

    static SrError noPermission() {
        return new SrError(401, 40101, "You have no permission for this operation!");
    }

    static SrError methodNotAllowed(String method, String resource) {
        return new SrError(405, 40501, "Method " + method + " is not allowed on " + resource + "!");
    }

    /**
     * How the shop refuses an item a fault rule picks, in its documented words where api/02 has them.
     *
     * @param status the status the rule gives
     * @return the error
     */
    static SrError refusedItem(int status) {
        return switch (status) {
            case 400 -> badData("Injected fault: the shop refused this item.");
            case 401 -> noPermission();
            case 404 -> notFound();
            case 409 -> exists();
            default -> new SrError(status, status * 100 + 1, "Injected fault: HTTP " + status + ".");
        };
    }
}
