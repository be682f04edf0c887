package hu.webshopsync.emulator.shoprenter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The rows of one resource type by innerId, with the next innerId to give out. Guarded by the store's lock. */
final class SrTable {

    final SrSchema schema;
    private final TreeMap<Long, SrRow> rows = new TreeMap<>();
    private final long firstId;
    private long nextId;

    SrTable(SrSchema schema, long firstId) {
        this.schema = schema;
        this.firstId = firstId;
        this.nextId = firstId;
    }

    SrRow create(Instant now) {
        SrRow row = new SrRow(schema, nextId++, now);
        rows.put(row.innerId, row);
        return row;
    }

    /** A row with a fixed innerId (the seed). */
    SrRow createWithId(long innerId, Instant now) {
        SrRow row = new SrRow(schema, innerId, now);
        rows.put(innerId, row);
        nextId = Math.max(nextId, innerId + 1);
        return row;
    }

    SrRow get(long innerId) {
        return rows.get(innerId);
    }

    void remove(SrRow row) {
        rows.remove(row.innerId);
    }

    /** Every row, by innerId. */
    List<SrRow> all() {
        return new ArrayList<>(rows.values());
    }

    /**
     * The row an API id names: an outer id, or the base64 id of this resource type; {@code null} when
     * no row has it.
     */
    SrRow byId(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        for (SrRow row : rows.values()) {
            if (id.equals(row.outerId)) {
                return row;
            }
        }
        Map<String, Long> columns = SrIds.decode(id, schema.entity);
        if (columns == null || !columns.keySet().equals(schema.idColumns.keySet())) {
            return null;
        }
        for (Map.Entry<String, String> c : schema.idColumns.entrySet()) {
            if (c.getValue() == null) {
                SrRow row = rows.get(columns.get(c.getKey()));
                return row;
            }
        }
        for (SrRow row : rows.values()) {
            boolean all = true;
            for (Map.Entry<String, String> c : schema.idColumns.entrySet()) {
                all &= columns.get(c.getKey()).equals(row.ref(c.getValue()));
            }
            if (all) {
                return row;
            }
        }
        return null;
    }

    void clear() {
        rows.clear();
        nextId = firstId;
    }

    int size() {
        return rows.size();
    }
}
