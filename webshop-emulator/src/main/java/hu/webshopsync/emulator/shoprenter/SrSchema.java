package hu.webshopsync.emulator.shoprenter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the emulator knows about one resource type: its collection path, how its id is made, its
 * scalar fields and its relations, in the order the fixtures show them.
 *
 * <p>An id is {@code <entity>-<column>=<n>[&…]}: a column whose source is {@code null} holds the
 * row's innerId, another one the innerId of the named relation (descriptions are identified by their
 * product and language, for example).
 */
final class SrSchema {

    final String path;
    final String entity;
    final Map<String, String> idColumns;
    final boolean innerId;
    final boolean dates;
    final List<SrField> fields = new ArrayList<>();
    final List<SrLink> links = new ArrayList<>();
    Set<String> readOnly;

    private SrSchema(String path, String entity, Map<String, String> idColumns, boolean innerId, boolean dates,
                     Set<String> readOnly) {
        this.path = path;
        this.entity = entity;
        this.idColumns = idColumns;
        this.innerId = innerId;
        this.dates = dates;
        this.readOnly = readOnly;
    }

    /** A resource identified by its own innerId in {@code column}. */
    static SrSchema of(String path, String entity, String column, boolean innerId, boolean dates) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(column, null);
        return new SrSchema(path, entity, columns, innerId, dates,
                innerId ? Set.of("innerId", "dateCreated", "dateUpdated") : Set.of("dateCreated", "dateUpdated"));
    }

    /** A resource identified by two relations, e.g. product and language. */
    static SrSchema pair(String path, String entity, String column1, String link1, String column2, String link2,
                         boolean dates) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put(column1, link1);
        columns.put(column2, link2);
        return new SrSchema(path, entity, columns, false, dates, Set.of("dateCreated", "dateUpdated"));
    }

    /** Dates may be written (orders: the fixtures post {@code dateCreated}); they are accepted and ignored. */
    SrSchema datesAccepted() {
        readOnly = Set.of("innerId");
        return this;
    }

    SrSchema fields(String... specs) {
        for (String spec : specs) {
            fields.add(SrField.parse(spec));
        }
        return this;
    }

    SrSchema link(String name, SrSchema target) {
        links.add(new SrLink(name, target, target == null ? null : target.path, false));
        return this;
    }

    /** A relation to a resource the emulator does not model, kept as the id the client wrote. */
    SrSchema opaque(String name, String path, boolean nullWhenEmpty) {
        links.add(new SrLink(name, null, path, nullWhenEmpty));
        return this;
    }

    SrField field(String name) {
        for (SrField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    SrLink linkNamed(String name) {
        for (SrLink l : links) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }

    /** The API id of a row. */
    String idOf(SrRow row) {
        Map<String, Long> values = new LinkedHashMap<>();
        idColumns.forEach((column, link) -> values.put(column, link == null ? row.innerId : row.ref(link)));
        return row.outerId != null ? row.outerId : SrIds.encode(entity, values);
    }

    @Override
    public String toString() {
        return path;
    }
}
