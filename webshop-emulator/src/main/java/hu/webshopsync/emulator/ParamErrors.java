package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects schema violations of one request and throws them as WordPress's single
 * {@code rest_invalid_param} error ({@code data.params} + {@code data.details}), captures 06, 26, 46.
 */
final class ParamErrors {

    private record Problem(String code, String message, String dataParam) {
    }

    private final Map<String, Problem> problems = new LinkedHashMap<>();

    void invalidType(String param, String type) {
        problems.putIfAbsent(param, new Problem("rest_invalid_type",
                param + " is not of type " + type + ".", param));
    }

    void notInEnum(String param, List<String> allowed) {
        problems.putIfAbsent(param, new Problem("rest_not_in_enum",
                param + " is not one of " + humanList(allowed) + ".", null));
    }

    void outOfBounds(String param, String message) {
        problems.putIfAbsent(param, new Problem("rest_out_of_bounds", message, null));
    }

    void invalidDate(String param) {
        problems.putIfAbsent(param, new Problem("rest_invalid_date", "Invalid date.", null));
    }

    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        ObjectNode data = Json.MAPPER.createObjectNode();
        ObjectNode params = data.putObject("params");
        ObjectNode details = data.putObject("details");
        for (Map.Entry<String, Problem> e : problems.entrySet()) {
            Problem p = e.getValue();
            params.put(e.getKey(), p.message());
            ObjectNode d = details.putObject(e.getKey());
            d.put("code", p.code());
            d.put("message", p.message());
            if (p.dataParam() == null) {
                d.putNull("data");
            } else {
                d.putObject("data").put("param", p.dataParam());
            }
        }
        throw new ApiException(400, "rest_invalid_param",
                "Invalid parameter(s): " + String.join(", ", problems.keySet()), data);
    }

    /** WordPress's {@code wp_sprintf_l}: "a, b, and c". */
    static String humanList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() == 2) {
            return items.get(0) + " and " + items.get(1);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }

    static ApiException missing(String... params) {
        ObjectNode data = Json.MAPPER.createObjectNode();
        var list = data.putArray("params");
        for (String p : params) {
            list.add(p);
        }
        return new ApiException(400, "rest_missing_callback_param",
                "Missing parameter(s): " + String.join(", ", params), data);
    }

    // ---- JSON body checks (null means "not sent": WordPress skips validation of null values) ----

    void string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && !v.isTextual()) {
            invalidType(field, "string");
        }
    }

    void integer(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && asInteger(v) == null) {
            invalidType(field, "integer");
        }
    }

    void bool(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && asBoolean(v) == null) {
            invalidType(field, "boolean");
        }
    }

    void array(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && !v.isArray()) {
            invalidType(field, "array");
        }
    }

    void object(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v != null && !v.isNull() && !v.isObject()) {
            invalidType(field, "object");
        }
    }

    void oneOf(JsonNode body, String field, List<String> allowed) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isTextual()) {
            invalidType(field, "string");
        } else if (!allowed.contains(v.asText())) {
            notInEnum(field, allowed);
        }
    }

    /** WordPress's {@code rest_is_integer}: 5, 5.0 and "5" are integers. */
    static Long asInteger(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            return d == Math.rint(d) ? (long) d : null;
        }
        if (v.isTextual()) {
            try {
                double d = Double.parseDouble(v.asText().trim());
                return d == Math.rint(d) ? (long) d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** WordPress's {@code rest_is_boolean}: true/false, 1/0, "true"/"false", "1"/"0", "yes"? no. */
    static Boolean asBoolean(JsonNode v) {
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isNumber()) {
            long n = v.asLong();
            return n == 0 ? Boolean.FALSE : n == 1 ? Boolean.TRUE : null;
        }
        if (v.isTextual()) {
            return asBoolean(v.asText());
        }
        return null;
    }

    static Boolean asBoolean(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0", "" -> Boolean.FALSE;
            default -> null;
        };
    }
}
