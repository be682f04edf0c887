package hu.webshopsync.webshop.orders;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * An in-memory shop that lists orders like WooCommerce: filtered by status and by
 * {@code date_modified_gmt} strictly after {@code modified_after} in whole seconds, ordered by
 * modification time, paged with {@code X-WP-Total} / {@code X-WP-TotalPages}; answers go through the
 * real {@link OrderPageReader}. Tests can fail pages and notes and change orders between pages.
 */
final class FakeOrderSource implements OrderSource {

    final List<ObjectNode> orders = new ArrayList<>();
    final List<OrderQuery> queries = new ArrayList<>();
    final List<Integer> pagesRequested = new ArrayList<>();
    final Map<Long, List<String>> notes = new HashMap<>();
    final Map<Integer, OrderSourceException> pageFailures = new HashMap<>();
    /** Runs before each page is answered, with the page number: lets a test change the shop mid-run. */
    IntConsumer beforePage = page -> { };
    OrderSourceException noteFailure;
    int noteAttempts;
    private final OrderPageReader reader = new OrderPageReader(TestOrders.MAPPER);

    FakeOrderSource add(ObjectNode order) {
        orders.add(order);
        return this;
    }

    ObjectNode byId(long id) {
        return orders.stream().filter(o -> o.path("id").asLong() == id).findFirst().orElseThrow();
    }

    void touch(long id, Instant modified) {
        byId(id).put("date_modified_gmt", LocalDateTime.ofInstant(modified, ZoneOffset.UTC).toString());
    }

    @Override
    public OrderPage page(OrderQuery query, int page) {
        queries.add(query);
        pagesRequested.add(page);
        beforePage.accept(page);
        OrderSourceException failure = pageFailures.get(page);
        if (failure != null) {
            throw failure;
        }
        Instant after = query.modifiedAfter().truncatedTo(ChronoUnit.SECONDS);
        List<ObjectNode> matching = orders.stream()
                .filter(o -> query.statuses().contains(o.path("status").asText()))
                .filter(o -> modified(o).isAfter(after))
                .sorted(Comparator.comparing(FakeOrderSource::modified).thenComparing(o -> o.path("id").asLong()))
                .toList();
        int from = Math.min((page - 1) * query.perPage(), matching.size());
        int to = Math.min(from + query.perPage(), matching.size());
        ArrayNode body = TestOrders.MAPPER.createArrayNode();
        matching.subList(from, to).forEach(o -> body.add(o.deepCopy()));
        int totalPages = (matching.size() + query.perPage() - 1) / query.perPage();
        return reader.read(body, Map.of("X-WP-Total", List.of(String.valueOf(matching.size())),
                "X-WP-TotalPages", List.of(String.valueOf(totalPages))));
    }

    @Override
    public synchronized void addNote(long orderId, String text) {
        noteAttempts++;
        if (noteFailure != null) {
            throw noteFailure;
        }
        notes.computeIfAbsent(orderId, k -> new ArrayList<>()).add(text);
    }

    @Override
    public synchronized boolean hasNote(long orderId, String text) {
        if (noteFailure != null) {
            throw noteFailure;
        }
        return notes.getOrDefault(orderId, List.of()).contains(text);
    }

    private static Instant modified(ObjectNode o) {
        return LocalDateTime.parse(o.path("date_modified_gmt").asText()).toInstant(ZoneOffset.UTC);
    }
}
