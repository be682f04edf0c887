package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Written values to stored strings. Requests may send numbers or strings ({@code "price": "2200"} in
 * the fixtures, {@code "price": 139900.0000, "stock1": 12} in api/05); an empty value may be
 * {@code null}, {@code ""} or {@code {}}.
 */
final class SrValues {

    private SrValues() {
    }

    static boolean isEmpty(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() || (v.isTextual() && v.asText().isEmpty())
                || (v.isObject() && v.isEmpty()) || (v.isArray() && v.isEmpty());
    }

    /** The text of a scalar, or {@code ""} when empty; an object or array is refused (40005). */
    static String scalar(String field, JsonNode v) {
        if (isEmpty(v)) {
            return "";
        }
        if (!v.isValueNode()) {
            throw SrError.badData("The value of " + field + " is not a scalar!");
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }

    /** Checks and formats a written value for a field of this kind. */
    static String normalize(SrField.Kind kind, String field, String text) {
        String t = text.trim();
        return switch (kind) {
            case TEXT, OPT, NONE, READ_ONLY -> text;
            case INT -> integer(field, t);
            case DEC2 -> decimal(field, t, 2);
            case DEC4 -> decimal(field, t, 4);
            case DEC8 -> decimal(field, t, 8);
        };
    }

    static String integer(String field, String t) {
        if (t.isEmpty()) {
            return "0";
        }
        try {
            return Long.toString(new BigDecimal(t).longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            throw SrError.badData("The value of " + field + " is not an integer: " + t);
        }
    }

    static String decimal(String field, String t, int scale) {
        if (t.isEmpty()) {
            return BigDecimal.ZERO.setScale(scale).toPlainString();
        }
        try {
            return new BigDecimal(t).setScale(scale, RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException e) {
            throw SrError.badData("The value of " + field + " is not a number: " + t);
        }
    }

    static BigDecimal number(String stored) {
        return stored == null || stored.isEmpty() ? BigDecimal.ZERO : new BigDecimal(stored);
    }

    /** The {@code id} of a written relation {@code {"id": "…"}} (or a bare string), {@code null} when empty. */
    static String linkId(String field, JsonNode v) {
        if (isEmpty(v)) {
            return null;
        }
        if (v.isTextual()) {
            return v.asText();
        }
        JsonNode id = v.get("id");
        if (!v.isObject() || id == null || !id.isTextual() || id.asText().isEmpty()) {
            throw SrError.badData("The value of " + field + " is not a valid resource identifier: " + v);
        }
        return id.asText();
    }
}
