package hu.webshopsync.emulator.shoprenter;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stored resource: its innerId, scalar values (strings, as the API renders them), relations and
 * dates. Guarded by the store's lock.
 */
final class SrRow {

    final SrSchema schema;
    final long innerId;
    /** The outer id a client set by writing {@code "id"} (api/05), or {@code null}. */
    String outerId;
    final Map<String, String> values = new LinkedHashMap<>();
    /** Relations to modelled resources: name → the related row's innerId. */
    final Map<String, Long> refs = new HashMap<>();
    /** Relations to resources the emulator does not model: name → the id the client wrote. */
    final Map<String, String> opaque = new HashMap<>();
    Instant created;
    Instant updated;

    SrRow(SrSchema schema, long innerId, Instant now) {
        this.schema = schema;
        this.innerId = innerId;
        this.created = now;
        this.updated = now;
        for (SrField f : schema.fields) {
            values.put(f.name(), f.dflt());
        }
    }

    String get(String field) {
        return values.getOrDefault(field, "");
    }

    void set(String field, String value) {
        values.put(field, value);
    }

    int integer(String field) {
        String v = get(field);
        return v.isEmpty() ? 0 : Integer.parseInt(v);
    }

    Long ref(String link) {
        return refs.get(link);
    }

    /** A copy to try a write on before it touches the stored row. */
    SrRow copy() {
        SrRow c = new SrRow(schema, innerId, created);
        c.outerId = outerId;
        c.values.putAll(values);
        c.refs.putAll(refs);
        c.opaque.putAll(opaque);
        c.updated = updated;
        return c;
    }

    String id() {
        return schema.idOf(this);
    }
}
