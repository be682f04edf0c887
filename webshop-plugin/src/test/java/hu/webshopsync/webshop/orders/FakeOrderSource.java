package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.woocommerce.WooOrderReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * An in-memory shop that lists orders like WooCommerce: filtered by status and by
 * {@code date_modified_gmt} strictly after {@code modified_after} in whole seconds, ordered by id,
 * sliced by offset, with {@code X-WP-Total} / {@code X-WP-TotalPages}; answers go through the real
 * {@link WooOrderReader}. Tests can fail list requests and notes, change orders between requests and
 * leave rows out of an answer as a shop with unstable paging does.
 */
final class FakeOrderSource implements OrderSource {

    private static final Set<String> CLOSED = Set.of("completed", "cancelled", "refunded", "failed");

    final List<ObjectNode> orders = new ArrayList<>();
    final List<OrderQuery> queries = new ArrayList<>();
    final List<Integer> offsetsRequested = new ArrayList<>();
    final Map<Long, List<String>> notes = new HashMap<>();
    /** Failures by list request, counted from 1 over the fake's life. */
    final Map<Integer, OrderSourceException> pageFailures = new HashMap<>();
    /** Runs before each list request is answered, with its number from 1: lets a test change the shop mid-run. */
    IntConsumer beforePage = request -> { };
    /** Lists newest first, as a shop that ignores {@code orderby=id} would. */
    boolean newestFirst;
    /** Order ids a list request leaves out of its answer although {@code X-WP-Total} counts them. */
    IntFunction<Set<Long>> missingFromAnswer = request -> Set.of();
    OrderSourceException noteFailure;
    /** Fails status changes as a whole, e.g. an answer lost after the shop stored them. */
    OrderSourceException statusFailure;
    /** Whether a failing status request was carried out by the shop before it failed (a lost answer). */
    boolean statusFailureAfterStoring;
    /** The mark requests, in order. */
    final List<List<OrderMark>> markRequests = new ArrayList<>();
    /** The marks with a status of each mark request that had any, in order. */
    final List<List<OrderMark>> statusRequests = new ArrayList<>();
    /** The read-backs of marks, in order. */
    final List<List<Long>> markReads = new ArrayList<>();
    /** The ERP number each order carries. */
    final Map<Long, String> erpNumbers = new HashMap<>();
    int noteAttempts;
    /** What {@link #takesNotes()} answers. */
    boolean keepsNotes = true;
    /** What {@link #maxMarks()} answers. */
    int batchLimit = 100;
    private final WooOrderReader reader = new WooOrderReader(TestOrders.MAPPER);

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
    public OrderPage list(OrderQuery query, int offset) {
        queries.add(query);
        offsetsRequested.add(offset);
        int request = offsetsRequested.size();
        beforePage.accept(request);
        OrderSourceException failure = pageFailures.get(request);
        if (failure != null) {
            throw failure;
        }
        Instant after = query.modifiedAfter().truncatedTo(ChronoUnit.SECONDS);
        List<ObjectNode> matching = orders.stream()
                .filter(o -> query.statuses().contains(o.path("status").asText())
                        || query.withClosed() && CLOSED.contains(o.path("status").asText()))
                .filter(o -> modified(o).isAfter(after))
                .sorted(newestFirst ? Comparator.comparingLong((ObjectNode o) -> o.path("id").asLong()).reversed()
                        : Comparator.comparingLong((ObjectNode o) -> o.path("id").asLong()))
                .toList();
        Set<Long> missing = missingFromAnswer.apply(request);
        List<ObjectNode> answered = matching.stream().filter(o -> !missing.contains(o.path("id").asLong())).toList();
        int from = Math.min(offset, answered.size());
        int to = Math.min(from + query.perPage(), answered.size());
        ArrayNode body = TestOrders.MAPPER.createArrayNode();
        answered.subList(from, to).forEach(o -> body.add(o.deepCopy()));
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

    @Override
    public int maxMarks() {
        return batchLimit;
    }

    @Override
    public synchronized List<StatusAnswer> mark(List<OrderMark> marks) {
        markRequests.add(List.copyOf(marks));
        List<OrderMark> statuses = marks.stream().filter(m -> m.status() != null).toList();
        if (!statuses.isEmpty()) {
            statusRequests.add(statuses);
        }
        if (statusFailure != null && !statusFailureAfterStoring) {
            throw statusFailure;
        }
        List<StatusAnswer> answers = new ArrayList<>();
        for (OrderMark mark : marks) {
            ObjectNode order = orders.stream().filter(o -> o.path("id").asLong() == mark.orderId()).findFirst()
                    .orElse(null);
            if (order == null) {
                answers.add(new StatusAnswer(mark.orderId(), StatusAnswer.Result.GONE, "invalid id"));
            } else {
                if (mark.status() != null) {
                    order.put("status", mark.status());
                }
                erpNumbers.put(mark.orderId(), mark.erpNumber());
                answers.add(new StatusAnswer(mark.orderId(), StatusAnswer.Result.SET, ""));
            }
        }
        if (statusFailure != null) {
            throw statusFailure;
        }
        return answers;
    }

    @Override
    public boolean takesNotes() {
        return keepsNotes;
    }

    @Override
    public synchronized Map<Long, MarkState> marksOf(Collection<Long> orderIds) {
        markReads.add(List.copyOf(orderIds));
        Map<Long, MarkState> out = new HashMap<>();
        for (ObjectNode o : orders) {
            long id = o.path("id").asLong();
            if (orderIds.contains(id)) {
                out.put(id, new MarkState(o.path("status").asText(), erpNumbers.getOrDefault(id, "")));
            }
        }
        return out;
    }

    private static Instant modified(ObjectNode o) {
        return LocalDateTime.parse(o.path("date_modified_gmt").asText()).toInstant(ZoneOffset.UTC);
    }
}
