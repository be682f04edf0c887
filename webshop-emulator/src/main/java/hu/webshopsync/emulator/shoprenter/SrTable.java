package hu.webshopsync.emulator.shoprenter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The rows of one resource type by innerId, with the next innerId to give out. Guarded by the store's lock. */
final class SrTable {

    final SrSchema schema;
    private final TreeMap<Long, SrRow> rows = new TreeMap<>();
    private final long firstId;
    private long nextId;
    /** Rows by relation and related innerId (descriptions of a product, lines of an order, …). */
    private final Map<String, Map<Long, Set<SrRow>>> index = new HashMap<>();
    /** Rows created since the index last looked: their relations are written just after they are created. */
    private final List<SrRow> pending = new ArrayList<>();
    private final Map<String, SrRow> byOuterId = new HashMap<>();

    SrTable(SrSchema schema, long firstId) {
        this.schema = schema;
        this.firstId = firstId;
        this.nextId = firstId;
    }

    SrRow create(Instant now) {
        SrRow row = new SrRow(schema, nextId++, now);
        rows.put(row.innerId, row);
        pending.add(row);
        return row;
    }

    /** A row with a fixed innerId (the seed). */
    SrRow createWithId(long innerId, Instant now) {
        SrRow row = new SrRow(schema, innerId, now);
        rows.put(innerId, row);
        pending.add(row);
        nextId = Math.max(nextId, innerId + 1);
        return row;
    }

    SrRow get(long innerId) {
        return rows.get(innerId);
    }

    void remove(SrRow row) {
        rows.remove(row.innerId);
        if (row.outerId != null) {
            byOuterId.remove(row.outerId);
        }
    }

    /** Gives the row the outer id a client wrote ({@code null} leaves it alone). */
    void setOuterId(SrRow row, String outerId) {
        if (outerId == null) {
            return;
        }
        if (row.outerId != null) {
            byOuterId.remove(row.outerId);
        }
        row.outerId = outerId;
        byOuterId.put(outerId, row);
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
        SrRow outer = byOuterId.get(id);
        if (outer != null) {
            return outer;
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

    /**
     * The rows whose relation {@code link} names {@code parent}, by innerId. The relations such lists
     * are asked by (a description's product, a line's order) are fixed once written, so an index kept
     * from the rows' creation stays true; removed rows are left out as they are met.
     */
    List<SrRow> children(String link, long parent) {
        for (SrRow row : pending) {
            index.forEach((l, byParent) -> add(byParent, l, row));
        }
        pending.clear();
        Map<Long, Set<SrRow>> byParent = index.computeIfAbsent(link, l -> {
            Map<Long, Set<SrRow>> built = new HashMap<>();
            rows.values().forEach(r -> add(built, l, r));
            return built;
        });
        List<SrRow> out = new ArrayList<>();
        Set<SrRow> set = byParent.get(parent);
        if (set == null) {
            return out;
        }
        set.removeIf(r -> rows.get(r.innerId) != r);
        for (SrRow r : set) {
            if (Long.valueOf(parent).equals(r.ref(link))) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparingLong(r -> r.innerId));
        return out;
    }

    private static void add(Map<Long, Set<SrRow>> byParent, String link, SrRow row) {
        Long parent = row.ref(link);
        if (parent != null) {
            byParent.computeIfAbsent(parent, p -> new LinkedHashSet<>()).add(row);
        }
    }

    void clear() {
        rows.clear();
        index.clear();
        pending.clear();
        byOuterId.clear();
        nextId = firstId;
    }

    int size() {
        return rows.size();
    }
}
