package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lists an Extend resource embeds: descriptions (one per language) and relations (one per related
 * row). api/06: POST adds them, PUT replaces every list it contains; an empty list removes them all.
 * A list is checked whole before anything is written, so a refused item leaves the shop unchanged.
 */
final class SrChildren {

    /** A checked list item: the related row it names and its body. */
    record Item(SrRow related, JsonNode body) {
    }

    private final SrStore store;
    private final SrWriter writer;

    SrChildren(SrStore store, SrWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    List<SrRow> of(SrSchema schema, String parentLink, long parent) {
        return store.table(schema).children(parentLink, parent);
    }

    void deleteAll(SrSchema schema, String parentLink, long parent) {
        SrTable table = store.table(schema);
        of(schema, parentLink, parent).forEach(table::remove);
    }

    /**
     * Checks a written list whose items name a row of {@code target} under {@code relatedLink}
     * ({@code language} for descriptions, {@code category} for category relations): each must exist
     * and appear once; for descriptions the fields are tried on a scratch row.
     */
    List<Item> check(String listName, JsonNode list, SrSchema schema, String relatedLink, SrSchema target) {
        if (list == null || list.isNull() || (list.isObject() && list.isEmpty())) {
            return List.of();
        }
        if (!list.isArray()) {
            throw SrError.badData("The value of " + listName + " is not a list!");
        }
        List<Item> items = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!item.isObject() || SrValues.isEmpty(item.get(relatedLink))) {
                throw SrError.required(listName + "." + relatedLink);
            }
            SrRow related = writer.resolve(target, relatedLink, item.get(relatedLink));
            if (!seen.add(related.innerId)) {
                throw SrError.badData("Duplicate " + relatedLink + " in " + listName + ": " + related.id());
            }
            SrRow scratch = new SrRow(schema, 0, store.now());
            writer.write(scratch, item, new HashSet<>(List.of(relatedLink, "product", "category")));
            items.add(new Item(related, item));
        }
        return items;
    }

    /** Adds the checked items under {@code parent}; an existing (parent, related) pair is 409. */
    void add(SrSchema schema, String parentLink, SrRow parent, String relatedLink, List<Item> items) {
        for (Item item : items) {
            for (SrRow existing : of(schema, parentLink, parent.innerId)) {
                if (item.related().innerId == existing.ref(relatedLink)) {
                    throw SrError.exists();
                }
            }
        }
        for (Item item : items) {
            SrRow row = store.table(schema).create(store.now());
            row.refs.put(parentLink, parent.innerId);
            row.refs.put(relatedLink, item.related().innerId);
            writer.write(row, item.body(), Set.of(relatedLink, parentLink));
        }
    }

    void replace(SrSchema schema, String parentLink, SrRow parent, String relatedLink, List<Item> items) {
        deleteAll(schema, parentLink, parent.innerId);
        add(schema, parentLink, parent, relatedLink, items);
    }
}
