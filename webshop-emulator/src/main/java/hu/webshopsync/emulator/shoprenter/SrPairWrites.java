package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * Writes of a resource that belongs to a parent and names one related row: descriptions (product or
 * category + language) and relations (product + category). Both are required on create and fixed after
 * it; a second row for the same pair is {@code 409 40901}. Relations have no PUT.
 */
final class SrPairWrites implements SrResource.Writes {

    private final SrStore store;
    private final SrWriter writer;
    private final SrSchema schema;
    private final String parentLink;
    private final String relatedLink;
    private final boolean relation;

    SrPairWrites(SrStore store, SrWriter writer, SrSchema schema, String parentLink, String relatedLink,
                 boolean relation) {
        this.store = store;
        this.writer = writer;
        this.schema = schema;
        this.parentLink = parentLink;
        this.relatedLink = relatedLink;
        this.relation = relation;
    }

    @Override
    public SrRow create(JsonNode body, String outerId) {
        SrWriter.require(body, parentLink, relatedLink);
        SrRow parent = writer.resolve(schema.linkNamed(parentLink).target(), parentLink, body.get(parentLink));
        SrRow related = writer.resolve(schema.linkNamed(relatedLink).target(), relatedLink, body.get(relatedLink));
        for (SrRow r : store.table(schema).children(parentLink, parent.innerId)) {
            if (r.ref(relatedLink) == related.innerId) {
                throw SrError.exists();
            }
        }
        writer.write(new SrRow(schema, 0, store.now()), body, Set.of());
        SrRow row = store.table(schema).create(store.now());
        store.table(schema).setOuterId(row, outerId);
        writer.write(row, body, Set.of());
        return row;
    }

    @Override
    public void update(SrRow row, JsonNode body) {
        if (relation) {
            throw SrError.methodNotAllowed("PUT", schema.path);
        }
        writer.write(row.copy(), body, Set.of(parentLink, relatedLink));
        writer.write(row, body, Set.of(parentLink, relatedLink));
    }

    @Override
    public void delete(SrRow row) {
        store.table(schema).remove(row);
    }

    @Override
    public int createdStatus() {
        return relation ? 201 : 200;
    }
}
