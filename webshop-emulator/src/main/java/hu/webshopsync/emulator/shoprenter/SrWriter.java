package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a body into a row by the schema: fields checked and formatted, relations resolved (an unknown
 * id is {@code 400 40007}; an unknown language or tax class is 400 as CL 2025.03.05 says), read-only
 * properties refused (40002), {@code "id"} stored as the outer id (api/05). Properties the emulator
 * does not model (manufacturer, productSpecials, …) are accepted and ignored.
 */
final class SrWriter {

    private final SrStore store;

    SrWriter(SrStore store) {
        this.store = store;
    }

    /**
     * @param handled properties the caller writes itself (embedded lists), skipped here
     */
    void write(SrRow row, JsonNode body, Set<String> handled) {
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode v = e.getValue();
            if (handled.contains(name)) {
                continue;
            }
            if (name.equals("id")) {
                outerId(row, v);
                continue;
            }
            if (row.schema.readOnly.contains(name)) {
                throw SrError.readOnly(name);
            }
            SrField field = row.schema.field(name);
            if (field != null) {
                switch (field.kind()) {
                    case NONE -> {
                    }
                    case READ_ONLY -> throw SrError.readOnly(name);
                    default -> row.set(name, SrValues.normalize(field.kind(), name, SrValues.scalar(name, v)));
                }
                continue;
            }
            SrLink link = row.schema.linkNamed(name);
            if (link != null) {
                if (!link.modelled() && v.isObject() && !v.has("id")) {
                    // a one-to-one written by its fields (manufacturer, api/06) creates a row the emulator does not model
                    continue;
                }
                String id = SrValues.linkId(name, v);
                if (!link.modelled()) {
                    if (id == null) {
                        row.opaque.remove(name);
                    } else {
                        row.opaque.put(name, id);
                    }
                } else if (id == null) {
                    row.refs.remove(name);
                } else {
                    SrRow target = store.table(link.target()).byId(id);
                    if (target == null) {
                        throw SrError.wrongId(name, id);
                    }
                    row.refs.put(name, target.innerId);
                }
            }
        }
        row.updated = store.now();
    }

    /** The resolved row of a written relation {@code {"id"}}; 40007 when unknown, {@code null} when empty. */
    SrRow resolve(SrSchema target, String field, JsonNode v) {
        String id = SrValues.linkId(field, v);
        if (id == null) {
            return null;
        }
        SrRow row = store.table(target).byId(id);
        if (row == null) {
            throw SrError.wrongId(field, id);
        }
        return row;
    }

    /** 40003 naming the missing ones, as the docs' message does. */
    static void require(JsonNode body, String... names) {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (SrValues.isEmpty(body.get(n))) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw SrError.required(String.join(", ", missing));
        }
    }

    private void outerId(SrRow row, JsonNode v) {
        String id = SrValues.scalar("id", v);
        if (id.isEmpty() || id.equals(row.id())) {
            return;
        }
        SrRow other = store.table(row.schema).byId(id);
        if (other != null && other != row) {
            throw SrError.badData("The given id already exist OuterID: " + id);
        }
        SrTable table = store.table(row.schema);
        if (table.get(row.innerId) == row) {
            table.setOuterId(row, id);
        } else {
            row.outerId = id; // a trial write on a scratch row or a copy
        }
    }
}
