package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an answer's shape with a docs fixture: every key of the fixture is present, a string stays a
 * string (or the {@code {}} empty variant), a non-empty object stays an object, an array stays an array.
 */
final class SrShape {

    private SrShape() {
    }

    /** The differences, e.g. {@code "orderTotals[0].type: missing"}; empty when the shapes agree. */
    static List<String> differences(JsonNode fixture, JsonNode actual, Set<String> ignored) {
        List<String> out = new ArrayList<>();
        compare("", fixture, actual, ignored, out);
        return out;
    }

    private static void compare(String at, JsonNode fixture, JsonNode actual, Set<String> ignored, List<String> out) {
        if (fixture.isObject()) {
            if (fixture.isEmpty()) {
                if (!(actual.isObject() || actual.isTextual() || actual.isNull())) {
                    out.add(at + ": {} in the fixture, " + actual.getNodeType() + " here");
                }
                return;
            }
            if (!actual.isObject()) {
                out.add(at + ": object in the fixture, " + actual.getNodeType() + " here");
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = fixture.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = at.isEmpty() ? e.getKey() : at + "." + e.getKey();
                if (ignored.contains(e.getKey())) {
                    continue;
                }
                JsonNode a = actual.get(e.getKey());
                if (a == null) {
                    out.add(path + ": missing");
                } else {
                    compare(path, e.getValue(), a, ignored, out);
                }
            }
        } else if (fixture.isArray()) {
            if (!actual.isArray()) {
                out.add(at + ": array in the fixture, " + actual.getNodeType() + " here");
            } else if (!fixture.isEmpty() && !actual.isEmpty()) {
                compare(at + "[0]", fixture.get(0), actual.get(0), ignored, out);
            }
        } else if (fixture.isTextual()) {
            if (!(actual.isTextual() || (actual.isObject() && actual.isEmpty()) || actual.isNull())) {
                out.add(at + ": string in the fixture, " + actual.getNodeType() + " here");
            }
        } else if (fixture.isNumber() && !(actual.isNumber() || actual.isTextual())) {
            out.add(at + ": number in the fixture, " + actual.getNodeType() + " here");
        }
    }

    /** The decoded text of a Shoprenter id, e.g. {@code product-product_id=1}. */
    static String decode(String id) {
        return new String(Base64.getDecoder().decode(id), StandardCharsets.US_ASCII);
    }
}
