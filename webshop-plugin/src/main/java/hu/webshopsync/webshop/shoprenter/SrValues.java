package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads Shoprenter's values, which come from an XML-to-JSON conversion: every value is a string
 * (numbers too, sometimes not), an empty value may be {@code {}}, {@code null} or {@code ""}, a
 * relation is {@code {"href": …}} or {@code {"id": …}}, and a list of one may come as the object itself.
 */
public final class SrValues {

    private SrValues() {
    }

    /**
     * @param node any node, or null
     * @return whether it is empty: missing, {@code null}, {@code ""} (blank), {@code {}} or {@code []}
     */
    public static boolean empty(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return true;
        }
        if (node.isTextual()) {
            return node.asText().isBlank();
        }
        return node.isContainerNode() && node.isEmpty();
    }

    /**
     * @param node  an object
     * @param field a field name
     * @return the field as text, empty when the field is empty or not a scalar
     */
    public static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (empty(v) || v.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(v.asText());
    }

    /**
     * @param node  an object
     * @param field a field name
     * @return the field as a number ({@code "2200.0000"} or {@code 2200}), empty when empty or not a number
     */
    public static Optional<BigDecimal> decimal(JsonNode node, String field) {
        return text(node, field).flatMap(t -> {
            try {
                return Optional.of(new BigDecimal(t.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * @param node  an object
     * @param field a field name, e.g. {@code innerId}
     * @return the field as a whole number, empty when empty or not whole
     */
    public static OptionalLong integer(JsonNode node, String field) {
        Optional<BigDecimal> d = decimal(node, field);
        if (d.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(d.get().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The id in an href's last path segment: {@code https://x.api.myshoprenter.hu/productExtend/cHJv…=?full=1}
     * → {@code cHJv…=}. Hrefs are taken as opaque (some name other hosts or singular paths).
     *
     * @param href an absolute or relative URL
     * @return the last path segment, empty when there is none
     */
    public static Optional<String> idFromHref(String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        String path = href;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = path.lastIndexOf('/');
        String last = slash < 0 ? path : path.substring(slash + 1);
        return last.isBlank() ? Optional.empty() : Optional.of(last);
    }

    /**
     * The API id of a relation field, written {@code {"id": …}} in requests and {@code {"href": …}} in answers.
     *
     * @param node  an object
     * @param field the relation, e.g. {@code taxClass}
     * @return the related resource's id, empty when the relation is empty
     */
    public static Optional<String> relationId(JsonNode node, String field) {
        JsonNode rel = node == null ? null : node.get(field);
        if (empty(rel)) {
            return Optional.empty();
        }
        if (rel.isTextual()) {
            return idFromHref(rel.asText());
        }
        return text(rel, "id").or(() -> text(rel, "href").flatMap(SrValues::idFromHref));
    }

    /**
     * A list field: an array, a single object (a list of one after the XML conversion), or empty.
     *
     * @param node  an object
     * @param field the list field
     * @return its elements
     */
    public static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (empty(v)) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
        } else if (v.isObject()) {
            out.add(v);
        }
        return out;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
