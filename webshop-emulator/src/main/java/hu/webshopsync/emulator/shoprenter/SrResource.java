package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.QueryParams;

import java.util.List;
import java.util.function.Predicate;

/**
 * One collection of the API ({@code /products}, {@code /productExtend}, …): GET one and list, POST,
 * PUT, DELETE over a table, with the resource's own rendering, filters and write rules. A resource
 * without a {@link Writes} is read-only (405 on writes).
 */
final class SrResource {

    /** How a resource writes: create from a body, update a row, delete a row. */
    interface Writes {
        SrRow create(JsonNode body, String outerId);

        void update(SrRow row, JsonNode body);

        void delete(SrRow row);

        /** The status of a successful create: 200 for most resources, 201 for relations. */
        default int createdStatus() {
            return 200;
        }

        /** A row named by the query instead of an id ({@code ?sku=} on productExtend), or {@code null}. */
        default SrRow byQuery(QueryParams query) {
            return null;
        }
    }

    /** A list's filters: checked once per request (a malformed value is refused even on an empty list). */
    interface Filter {
        Predicate<SrRow> prepare(QueryParams query);
    }

    /** How a resource renders a row in its own view (plain or Extend). */
    interface View {
        ObjectNode render(SrRow row);
    }

    final String path;
    private final SrTable table;
    private final SrJson json;
    private final View view;
    private final Filter filter;
    private final Writes writes;

    SrResource(String path, SrTable table, SrJson json, View view, Filter filter,
               Writes writes) {
        this.path = path;
        this.table = table;
        this.json = json;
        this.view = view;
        this.filter = filter;
        this.writes = writes;
    }

    SrAnswer handle(SrCall call) {
        return switch (call.method()) {
            case "GET" -> call.id() == null ? list(call.query()) : SrAnswer.ok(view.render(find(call)));
            case "POST" -> post(call);
            case "PUT" -> {
                SrRow row = find(call);
                writes(call).update(row, call.data());
                yield SrAnswer.ok(view.render(row));
            }
            case "DELETE" -> {
                SrRow row = find(call);
                writes(call).delete(row);
                yield SrAnswer.noContent();
            }
            default -> throw SrError.methodNotAllowed(call.method(), path);
        };
    }

    private SrAnswer list(QueryParams query) {
        Predicate<SrRow> matches = filter.prepare(query);
        List<SrRow> rows = table.all().stream().filter(matches).toList();
        return SrAnswer.ok(SrPaging.page(json, path, query, rows, view::render));
    }

    /**
     * POST to the collection creates; POST to {@code /resource/X} updates X when it exists (the batch
     * example of api/04 does so) and otherwise creates a row with outer id X (api/05).
     */
    private SrAnswer post(SrCall call) {
        Writes w = writes(call);
        JsonNode body = call.data();
        if (call.id() != null) {
            SrRow existing = table.byId(call.id());
            if (existing != null) {
                w.update(existing, body);
                return SrAnswer.ok(view.render(existing));
            }
        } else if (call.query().has("sku")) {
            SrRow named = find(call);
            w.update(named, body);
            return SrAnswer.ok(view.render(named));
        }
        SrRow row = w.create(body, call.id());
        return new SrAnswer(w.createdStatus(), view.render(row));
    }

    /** The row of {@code /resource/{id}}, or of {@code ?sku=} (404 40033 when no product has it). */
    private SrRow find(SrCall call) {
        if (call.id() != null) {
            SrRow row = table.byId(call.id());
            if (row == null) {
                throw SrError.notFound();
            }
            return row;
        }
        if (writes != null && call.query().has("sku")) {
            SrRow row = writes.byQuery(call.query());
            if (row == null) {
                throw new SrError(404, 40033, "Product not found with sku: " + call.query().get("sku"));
            }
            return row;
        }
        throw SrError.methodNotAllowed(call.method(), path);
    }

    private Writes writes(SrCall call) {
        if (writes == null) {
            throw SrError.methodNotAllowed(call.method(), path);
        }
        return writes;
    }
}
