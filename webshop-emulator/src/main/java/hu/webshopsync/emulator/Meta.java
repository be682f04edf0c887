package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** One {@code meta_data} entry: WordPress post meta with its row id; the value is any JSON. */
record Meta(long id, String key, JsonNode value) {

    /**
     * Applies a request's {@code meta_data} list as WooCommerce does: an entry with {@code id} updates
     * that row, one with only {@code key} updates the first row with that key or adds a row.
     */
    static List<Meta> apply(List<Meta> current, JsonNode requested, LongSupplier ids) {
        List<Meta> result = new ArrayList<>(current);
        if (requested == null || !requested.isArray()) {
            return result;
        }
        for (JsonNode m : requested) {
            String key = Json.text(m, "key");
            JsonNode value = m.has("value") ? m.get("value") : Json.MAPPER.nullNode();
            long id = m.path("id").asLong(0);
            int index = -1;
            for (int i = 0; i < result.size(); i++) {
                Meta existing = result.get(i);
                if ((id > 0 && existing.id() == id) || (id <= 0 && key != null && existing.key().equals(key))) {
                    index = i;
                    break;
                }
            }
            if (index >= 0) {
                Meta existing = result.get(index);
                result.set(index, new Meta(existing.id(), key == null ? existing.key() : key, value));
            } else if (key != null) {
                result.add(new Meta(ids.getAsLong(), key, value));
            }
        }
        return result;
    }
}
