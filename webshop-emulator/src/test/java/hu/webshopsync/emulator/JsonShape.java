package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the shape of two JSON documents: the same field names and JSON types, recursively; values
 * may differ. {@code null} is compatible with any type (nullable fields); integers and decimals are
 * both "number"; arrays are compared element by element up to the shorter length.
 */
final class JsonShape {

    private JsonShape() {
    }

    static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("$", expected, actual, out);
        return out;
    }

    private static void compare(String path, JsonNode e, JsonNode a, List<String> out) {
        if (e.isNull() || a.isNull()) {
            return;
        }
        String te = type(e);
        String ta = type(a);
        if (!te.equals(ta)) {
            out.add(path + ": expected " + te + " but was " + ta);
            return;
        }
        if (e.isObject()) {
            Set<String> ek = names(e);
            Set<String> ak = names(a);
            for (String k : ek) {
                if (!ak.contains(k)) {
                    out.add(path + "." + k + ": missing");
                }
            }
            for (String k : ak) {
                if (!ek.contains(k)) {
                    out.add(path + "." + k + ": unexpected");
                }
            }
            for (String k : ek) {
                if (ak.contains(k)) {
                    compare(path + "." + k, e.get(k), a.get(k), out);
                }
            }
        } else if (e.isArray()) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), out);
            }
        }
    }

    private static Set<String> names(JsonNode n) {
        Set<String> s = new TreeSet<>();
        Iterator<String> it = n.fieldNames();
        it.forEachRemaining(s::add);
        return s;
    }

    private static String type(JsonNode n) {
        if (n.isObject()) {
            return "object";
        }
        if (n.isArray()) {
            return "array";
        }
        if (n.isTextual()) {
            return "string";
        }
        if (n.isNumber()) {
            return "number";
        }
        if (n.isBoolean()) {
            return "boolean";
        }
        return n.getNodeType().toString();
    }
}
