package hu.webshopsync.webshop.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.webshop.orders.OrderSource.MarkState;
import hu.webshopsync.webshop.orders.OrderSource.OrderMark;
import hu.webshopsync.webshop.orders.OrderSource.StatusAnswer;
import hu.webshopsync.webshop.orders.OrderSourceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ERP's marks on Shoprenter orders: {@code PUT /orders/{id}} items in one {@code POST /batch},
 * each with {@code {"orderStatus": {"id": …}}} when a status is due and
 * {@code {"externalInfo": {"partner_order_id": <ERP number>}}}.
 *
 * <p>{@code orderStatus} is writable on {@code /orders} (fx order data.json, put.json). Whether
 * {@code externalInfo} (writable per the orderExtend property table, but orderExtend takes GET only)
 * is writable through {@code /orders} is UNVERIFIED: an order that refuses a mark with a 400 while a
 * status is due is sent its status alone, and the adapter stops sending the number for the rest of
 * its life; its marks then read back without a number. The customer's {@code comment} is never
 * touched. Order ids are the API ids the adapter read; an order it has not read is looked up with
 * {@code GET orderExtend?innerId=N} inside one batch of GETs, never built.
 */
final class SrOrderMarks {

    private static final Logger LOG = LoggerFactory.getLogger(SrOrderMarks.class);

    private final Function<List<BatchItem>, List<BatchOutcome>> batch;
    private final Map<Long, String> apiIds;
    private boolean externalInfoRefused;

    /**
     * @param batch  sends a {@code POST /batch} ({@code ShoprenterClient::batch})
     * @param apiIds innerId → API id of every order read so far, shared with the listing
     */
    SrOrderMarks(Function<List<BatchItem>, List<BatchOutcome>> batch, Map<Long, String> apiIds) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.apiIds = Objects.requireNonNull(apiIds, "apiIds");
    }

    /** The write of one mark: the order and the body it is sent. */
    private record Write(int index, OrderMark mark, String apiId, String statusId, OptionalLong statusInnerId) {

        /*
         * A status goes out once: whether Shoprenter writes another history row, or e-mails the customer,
         * when a PUT brings the status the order already has is UNVERIFIED, so after a lost answer the
         * order sync reads the order back (marksOf) rather than the client sending it blind. A number
         * alone replaces itself and may be sent again.
         */
        BatchItem item(boolean withNumber) {
            BatchItem put = BatchItem.put("orders/" + apiId, body(withNumber));
            return statusId == null ? put : put.once();
        }

        Map<String, Object> body(boolean withNumber) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (statusId != null) {
                body.put("orderStatus", Map.of("id", statusId));
            }
            if (withNumber) {
                body.put("externalInfo", Map.of("partner_order_id", mark.erpNumber()));
            }
            return body;
        }
    }

    List<StatusAnswer> mark(List<OrderMark> marks, SrOrderStatuses statuses) {
        StatusAnswer[] out = new StatusAnswer[marks.size()];
        Map<Long, Optional<String>> ids = resolve(marks.stream().map(OrderMark::orderId).toList());
        List<Write> writes = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            OrderMark m = marks.get(i);
            OptionalLong status = m.status() == null ? OptionalLong.empty() : statuses.resolve(m.status());
            Optional<String> statusId = status.isPresent() ? statuses.apiId(status.getAsLong()) : Optional.empty();
            Optional<String> apiId = ids.getOrDefault(m.orderId(), Optional.empty());
            if (m.status() != null && statusId.isEmpty()) {
                out[i] = new StatusAnswer(m.orderId(), StatusAnswer.Result.REFUSED,
                        "the shop has no order status " + m.status());
            } else if (apiId.isEmpty()) {
                out[i] = new StatusAnswer(m.orderId(), StatusAnswer.Result.GONE, "");
            } else if (m.status() == null && externalInfoRefused) {
                out[i] = new StatusAnswer(m.orderId(), StatusAnswer.Result.REFUSED,
                        "the shop does not take the ERP number (externalInfo)");
            } else {
                writes.add(new Write(i, m, apiId.get(), statusId.orElse(null), status));
            }
        }
        List<Write> again = send(writes, !externalInfoRefused, out);
        if (!again.isEmpty()) {
            LOG.info("Shoprenter refused the ERP number in externalInfo on {} orders; sending their status alone",
                    again.size());
            send(again, false, out);
            if (again.stream().anyMatch(w -> out[w.index()].result() == StatusAnswer.Result.SET)) {
                externalInfoRefused = true;
            }
        }
        return List.of(out);
    }

    // returns the writes refused with a 400 that had a number and a status: worth sending the status alone
    private List<Write> send(List<Write> writes, boolean withNumber, StatusAnswer[] out) {
        if (writes.isEmpty()) {
            return List.of();
        }
        List<BatchOutcome> outcomes = batch.apply(writes.stream().map(w -> w.item(withNumber)).toList());
        List<Write> again = new ArrayList<>();
        for (int k = 0; k < writes.size(); k++) {
            Write w = writes.get(k);
            BatchOutcome o = k < outcomes.size() ? outcomes.get(k) : null;
            long orderId = w.mark().orderId();
            if (o == null) {
                out[w.index()] = new StatusAnswer(orderId, StatusAnswer.Result.REFUSED, "no answer for the order");
            } else if (o.statusCode() == 404) {
                apiIds.remove(orderId);
                out[w.index()] = new StatusAnswer(orderId, StatusAnswer.Result.GONE, "");
            } else if (!o.ok()) {
                if (o.statusCode() == 400 && withNumber && w.statusId() != null) {
                    again.add(w);
                }
                out[w.index()] = new StatusAnswer(orderId, StatusAnswer.Result.REFUSED,
                        "HTTP " + o.statusCode() + " " + o.message());
            } else {
                out[w.index()] = answered(w, o.body());
            }
        }
        return again;
    }

    // a shop may keep its status and still answer 200 with the order as it stays
    private static StatusAnswer answered(Write w, JsonNode order) {
        long orderId = w.mark().orderId();
        JsonNode relation = order.path("orderStatus");
        if (w.statusId() != null && !SrValues.empty(relation)) {
            Optional<String> now = SrValues.relationId(order, "orderStatus");
            OptionalLong embedded = SrValues.integer(relation, "innerId");
            boolean same = embedded.isPresent() ? embedded.equals(w.statusInnerId())
                    : now.map(w.statusId()::equals).orElse(true);
            if (!same) {
                return new StatusAnswer(orderId, StatusAnswer.Result.REFUSED, "status "
                        + embedded.stream().mapToObj(SrOrderStatuses::word).findFirst().orElse(now.orElse("?")));
            }
        }
        return new StatusAnswer(orderId, StatusAnswer.Result.SET, "");
    }

    Map<Long, MarkState> marksOf(Collection<Long> orderIds, SrOrderStatuses statuses) {
        Map<Long, MarkState> out = new LinkedHashMap<>();
        read(new ArrayList<>(new LinkedHashSet<>(orderIds))).forEach((id, order) -> {
            OptionalLong status = statuses.innerIdOf(order.path("orderStatus"));
            String word = status.isPresent() ? SrOrderStatuses.word(status.getAsLong()) : "";
            String number = SrValues.text(order.path("externalInfo"), "partner_order_id").map(String::trim).orElse("");
            out.put(id, new MarkState(word, number));
        });
        return out;
    }

    // innerId → API id: what was read, else looked up in one batch
    private Map<Long, Optional<String>> resolve(List<Long> orderIds) {
        Map<Long, Optional<String>> out = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (long id : new LinkedHashSet<>(orderIds)) {
            String known = apiIds.get(id);
            if (known != null) {
                out.put(id, Optional.of(known));
            } else {
                unknown.add(id);
            }
        }
        Map<Long, JsonNode> found = read(unknown);
        for (long id : unknown) {
            out.put(id, Optional.ofNullable(found.get(id)).flatMap(SrOrderMarks::apiId));
        }
        return out;
    }

    /**
     * Reads orders by innerId in one {@code POST /batch} of GETs.
     *
     * @return each order found, by innerId; its API id is remembered
     * @throws OrderSourceException when the shop answers an item with neither the order nor 404
     */
    private Map<Long, JsonNode> read(List<Long> orderIds) {
        Map<Long, JsonNode> out = new LinkedHashMap<>();
        if (orderIds.isEmpty()) {
            return out;
        }
        List<BatchOutcome> outcomes = batch.apply(orderIds.stream()
                .map(id -> BatchItem.get(SrOrderListing.RESOURCE + "?innerId=" + id + "&full=1")).toList());
        for (int k = 0; k < orderIds.size(); k++) {
            long id = orderIds.get(k);
            BatchOutcome o = k < outcomes.size() ? outcomes.get(k) : null;
            if (o != null && o.statusCode() == 404) {
                continue;
            }
            if (o == null || !o.ok()) {
                String detail = o == null ? "no answer" : "HTTP " + o.statusCode() + " " + o.message();
                throw new OrderSourceException(OrderSourceException.Kind.REJECTED,
                        "reading shop order " + id + ": " + detail, null);
            }
            // a lone order may come as itself rather than as a page of one
            List<JsonNode> items = o.body().has("items") ? SrValues.list(o.body(), "items") : List.of(o.body());
            for (JsonNode item : items) {
                OptionalLong inner = SrOrderReader.innerId(item);
                if (inner.isPresent() && inner.getAsLong() == id) {
                    out.put(id, item);
                    apiId(item).ifPresent(apiId -> apiIds.put(id, apiId));
                }
            }
        }
        return out;
    }

    private static Optional<String> apiId(JsonNode order) {
        return SrValues.text(order, "id").or(() -> SrValues.text(order, "href").flatMap(SrValues::idFromHref));
    }
}
