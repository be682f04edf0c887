package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** One {@code meta_data} entry: WordPress post meta with its row id; the value is any JSON. */
record Meta(long id, String key, JsonNode value) {

    /** The first row with {@code key}, or {@code null}. */
    static Meta find(List<Meta> meta, String key) {
        for (Meta m : meta) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** {@code update_meta_data(key, value)} with a text value, as WordPress stores numbers in meta. */
    static List<Meta> with(List<Meta> current, String key, String value, LongSupplier ids) {
        return update(current, key, TextNode.valueOf(value), 0, ids);
    }

    /** {@code delete_meta_data(key)}: every row with that key. */
    static List<Meta> without(List<Meta> current, String key) {
        List<Meta> result = new ArrayList<>(current);
        result.removeIf(m -> m.key().equals(key));
        return List.copyOf(result);
    }

    /**
     * Applies a request's {@code meta_data} list as the REST controllers do, entry by entry with
     * {@code WC_Data::update_meta_data}: see {@link #update}.
     */
    static List<Meta> apply(List<Meta> current, JsonNode requested, LongSupplier ids) {
        List<Meta> result = List.copyOf(current);
        if (requested == null || !requested.isArray()) {
            return result;
        }
        for (JsonNode m : requested) {
            String key = Json.text(m, "key");
            JsonNode value = m.has("value") ? m.get("value") : Json.MAPPER.nullNode();
            result = update(result, key, value, m.path("id").asLong(0), ids);
        }
        return result;
    }

    /**
     * {@code WC_Data::update_meta_data}: with an {@code id}, that row gets the key and value; without,
     * the first row with the key gets the value and the other rows with that key go; no such row adds
     * one. A null value deletes the row when the object is saved ({@code save_meta_data}).
     */
    private static List<Meta> update(List<Meta> current, String key, JsonNode value, long id, LongSupplier ids) {
        List<Meta> result = new ArrayList<>(current);
        int index = -1;
        for (int i = 0; i < result.size(); i++) {
            Meta existing = result.get(i);
            if (id > 0 ? existing.id() == id : key != null && existing.key().equals(key)) {
                index = i;
                break;
            }
        }
        if (index >= 0) {
            Meta existing = result.get(index);
            String newKey = key == null ? existing.key() : key;
            if (id <= 0) {
                int first = index;
                for (int i = result.size() - 1; i > first; i--) {
                    if (result.get(i).key().equals(newKey)) {
                        result.remove(i);
                    }
                }
            }
            if (value.isNull()) {
                result.remove(index);
            } else {
                result.set(index, new Meta(existing.id(), newKey, value));
            }
        } else if (key != null && !value.isNull()) {
            result.add(new Meta(ids.getAsLong(), key, value));
        }
        return List.copyOf(result);
    }
}
