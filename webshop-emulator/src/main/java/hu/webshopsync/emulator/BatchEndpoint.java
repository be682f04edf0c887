package hu.webshopsync.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * WooCommerce's {@code …/batch} endpoint, the same for products, categories and orders: at most 100
 * create + update + delete items, run one after another without a transaction, each answered in request
 * order by the row or by its error in place ({@code {"id":…,"error":{…}}}), in an HTTP 200 (captures 07,
 * 40, 50). Deletes are forced, as WooCommerce's {@code batch_items} sets {@code force=true}.
 *
 * @param <T> the row type
 */
final class BatchEndpoint<T> {

    static final int MAX_ITEMS = 100;
    private static final List<String> SECTIONS = List.of("create", "update", "delete");

    /** Updates row {@code id} from a batch item. */
    @FunctionalInterface
    interface Update<T> {
        T apply(long id, JsonNode item);
    }

    @FunctionalInterface
    interface RowWriter<T> {
        void write(JsonGenerator g, T row) throws IOException;
    }

    /** One answered item: the row, or the error with the id it was sent with. */
    private record Outcome<T>(long id, T row, ApiException error) {
    }

    private record Section<T>(String name, List<Outcome<T>> outcomes) {
    }

    private final Function<JsonNode, T> create;
    private final Update<T> update;
    private final LongFunction<T> delete;
    private final Supplier<RowWriter<T>> writer;
    private final int bytesPerRow;

    /**
     * Each operation may throw an {@link ApiException}, which becomes that item's error.
     *
     * @param writer      how rows are rendered; asked after all items ran (a category's count depends on them)
     * @param bytesPerRow a size hint for the answer buffer, so a 100-item answer is not copied while growing
     */
    BatchEndpoint(Function<JsonNode, T> create, Update<T> update, LongFunction<T> delete, Supplier<RowWriter<T>> writer,
                  int bytesPerRow) {
        this.create = create;
        this.update = update;
        this.delete = delete;
        this.writer = writer;
        this.bytesPerRow = bytesPerRow;
    }

    Response handle(Call call) {
        JsonNode body = call.body();
        call.authorize(Permission.BATCH);
        checkLimit(body);
        List<Section<T>> sections = new ArrayList<>();
        int count = 0;
        for (String name : SECTIONS) {
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (JsonNode item : body.path(name)) {
                // PHP stops between two items when its time is up; the items before stay stored
                call.work().write();
                outcomes.add(run(name, item));
            }
            count += outcomes.size();
            if (body.has(name)) {
                sections.add(new Section<>(name, outcomes));
            }
        }
        RowWriter<T> rows = writer.get();
        return Response.json(200, Json.write(Math.max(4096, count * bytesPerRow), g -> {
            g.writeStartObject();
            for (Section<T> section : sections) {
                g.writeArrayFieldStart(section.name());
                for (Outcome<T> outcome : section.outcomes()) {
                    if (outcome.error() == null) {
                        rows.write(g, outcome.row());
                    } else {
                        writeError(g, outcome.id(), outcome.error());
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }));
    }

    private Outcome<T> run(String section, JsonNode item) {
        long id = switch (section) {
            case "create" -> 0;
            case "update" -> item.path("id").asLong(0);
            default -> item.isObject() ? item.path("id").asLong(0) : item.asLong(0);
        };
        try {
            T row = switch (section) {
                case "create" -> create.apply(item);
                case "update" -> update.apply(id, item);
                default -> delete.apply(id);
            };
            return new Outcome<>(id, row, null);
        } catch (ApiException e) {
            return new Outcome<>(id, null, e);
        }
    }

    static void checkLimit(JsonNode body) {
        int total = 0;
        for (String key : SECTIONS) {
            JsonNode list = body.get(key);
            if (list != null && list.isArray()) {
                total += list.size();
            }
        }
        if (total > MAX_ITEMS) {
            throw new ApiException(413, "woocommerce_rest_request_entity_too_large",
                    "Unable to accept more than " + MAX_ITEMS + " items for this request.");
        }
    }

    private static void writeError(JsonGenerator g, long id, ApiException e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeFieldName("error");
        Json.MAPPER.writeTree(g, e.toJson());
        g.writeEndObject();
    }
}
