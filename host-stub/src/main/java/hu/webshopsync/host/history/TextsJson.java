package hu.webshopsync.host.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An item line's texts as stored in the history: a JSON array of {@code {"key": …, "args": […]}},
 * arguments being strings, numbers or such objects again.
 */
final class TextsJson {

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /**
     * @param texts the texts
     * @return the JSON, {@code null} when there are none (the stored words are all there is)
     */
    String write(List<LocalizedText> texts) {
        if (texts.isEmpty()) {
            return null;
        }
        ArrayNode array = json.createArrayNode();
        texts.forEach(t -> array.add(node(t)));
        return array.toString();
    }

    /**
     * @param text the stored JSON, or {@code null}
     * @return the texts; none when absent or unreadable, so the stored words are shown
     */
    List<LocalizedText> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            List<LocalizedText> texts = new ArrayList<>();
            for (JsonNode node : json.readTree(text)) {
                texts.add(text(node));
            }
            return texts;
        } catch (JsonProcessingException | RuntimeException e) {
            return List.of();
        }
    }

    private ObjectNode node(LocalizedText text) {
        ObjectNode node = json.createObjectNode();
        node.put("key", text.key());
        ArrayNode args = node.putArray("args");
        for (Object arg : text.args()) {
            if (arg instanceof LocalizedText inner) {
                args.add(node(inner));
            } else if (arg instanceof Number n) {
                args.add(new BigDecimal(n.toString()));
            } else {
                args.add((String) arg);
            }
        }
        return node;
    }

    private static LocalizedText text(JsonNode node) {
        List<Object> args = new ArrayList<>();
        for (JsonNode arg : node.path("args")) {
            if (arg.isObject()) {
                args.add(text(arg));
            } else if (arg.isNumber()) {
                BigDecimal n = arg.decimalValue();
                // whole numbers come back as Long so {0,number,#} and plain {0} print them as before
                args.add(n.scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                        ? (Object) n.longValueExact() : n);
            } else {
                args.add(arg.asText());
            }
        }
        return new LocalizedText(node.path("key").asText(), args);
    }
}
