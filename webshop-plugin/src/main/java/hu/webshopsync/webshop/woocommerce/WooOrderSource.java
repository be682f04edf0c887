package hu.webshopsync.webshop.woocommerce;

import com.fasterxml.jackson.databind.JsonNode;
import feign.FeignException;
import feign.TypedResponse;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderQuery;
import hu.webshopsync.webshop.orders.OrderSource;
import hu.webshopsync.webshop.orders.OrderSourceException;
import hu.webshopsync.webshop.shop.ShopUnreachableException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WooCommerce adapter of {@link OrderSource}: lists through {@link WooOrdersApi}, writes marks as
 * {@code POST /orders/batch} updates (the ERP number as order meta {@value #ERP_DOCUMENT}) and turns
 * the connection's exceptions into {@link OrderSourceException}s the engine understands.
 */
public final class WooOrderSource implements OrderSource {

    private static final Logger LOG = LoggerFactory.getLogger(WooOrderSource.class);
    // WooCommerce 7.9's statuses of an order that is no longer to deliver
    private static final List<String> CLOSED = List.of("completed", "cancelled", "refunded", "failed");
    private static final String GONE = "woocommerce_rest_shop_order_invalid_id";
    /**
     * The order meta key of the ERP document number: without a leading underscore, so the shop admin
     * shows it in the order's custom fields box.
     */
    static final String ERP_DOCUMENT = "erp_document";

    private final WooOrdersApi api;
    private final WooOrderReader reader;
    private final Function<RuntimeException, String> explain;

    /**
     * @param api     the order routes on the shop's connection
     * @param reader  reads the listing answers
     * @param explain the user's text for a failed shop request (the plugin's {@code ShopErrors}), so
     *                both syncs word the same failure the same way
     */
    WooOrderSource(WooOrdersApi api, WooOrderReader reader, Function<RuntimeException, String> explain) {
        this.api = Objects.requireNonNull(api, "api");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.explain = Objects.requireNonNull(explain, "explain");
    }

    /**
     * The order side of a shop connection.
     *
     * @param connection the connection, usually one prepared for a run
     * @param explain    the user's text for a failed shop request (the plugin's {@code ShopErrors})
     * @return the adapter
     */
    public static WooOrderSource on(ShopConnection connection, Function<RuntimeException, String> explain) {
        return new WooOrderSource(connection.api(WooOrdersApi.class), new WooOrderReader(connection.mapper()),
                explain);
    }

    @Override
    public OrderPage list(OrderQuery query, int offset) {
        // WooCommerce compares whole seconds, UTC because of dates_are_gmt=true, and wants no zone suffix
        String after = LocalDateTime.ofInstant(query.modifiedAfter().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)
                .toString();
        Set<String> statuses = new LinkedHashSet<>(query.statuses());
        if (query.withClosed()) {
            statuses.addAll(CLOSED);
        }
        Supplier<TypedResponse<JsonNode>> list = () -> api.listOrders(String.join(",", statuses), after,
                query.perPage(), offset);
        TypedResponse<JsonNode> response;
        try {
            response = call(list);
        } catch (OrderSourceException e) {
            if (!(e.getCause() instanceof WooCommerceException w && WooCommerceException.INVALID_RESPONSE.equals(w.code()))) {
                throw e;
            }
            // an answer cut off in transfer: listing is read-only, so asking once more is safe
            LOG.debug("Orders from row {} could not be read, asking again", offset);
            response = call(list);
        }
        OrderPage result = reader.read(response.body(), response.headers());
        LOG.debug("Orders from row {}: {} (X-WP-Total {})", offset, result.entries().size(), result.total());
        return result;
    }

    @Override
    public void addNote(long orderId, String text) {
        call(() -> api.addNote(orderId, WooOrderNote.privateNote(text)));
    }

    @Override
    public boolean hasNote(long orderId, String text) {
        String wanted = text.strip();
        // WordPress may wrap a note in paragraphs; the ERP number in it is what identifies ours
        return call(() -> api.notes(orderId)).stream()
                .anyMatch(n -> !n.customerNote() && n.note() != null && n.note().contains(wanted));
    }

    @Override
    public List<StatusAnswer> mark(List<OrderMark> marks) {
        if (marks.isEmpty()) {
            return List.of();
        }
        if (marks.size() > maxMarks()) {
            throw new IllegalArgumentException("at most " + maxMarks() + " marks at once");
        }
        WooOrderBatch answer = call(() -> api.batch(new WooOrderBatch.Request(marks.stream()
                .map(m -> new WooOrderBatch.Update(m.orderId(), m.status(),
                        List.of(new WooOrderBatch.MetaEntry(ERP_DOCUMENT, m.erpNumber())))).toList())));
        List<StatusAnswer> out = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            OrderMark mark = marks.get(i);
            WooOrderBatch.Item item = i < answer.update().size() ? answer.update().get(i) : null;
            if (item == null || item.id() != mark.orderId() && item.error() == null) {
                out.add(new StatusAnswer(mark.orderId(), StatusAnswer.Result.REFUSED, "no answer for the order"));
            } else if (item.error() != null) {
                out.add(new StatusAnswer(mark.orderId(), GONE.equals(item.error().code())
                        ? StatusAnswer.Result.GONE : StatusAnswer.Result.REFUSED, item.error().code()));
            } else if (mark.status() != null && !mark.status().equals(item.status())) {
                // a plugin of the shop may veto a transition and answer with the order as it stays
                out.add(new StatusAnswer(mark.orderId(), StatusAnswer.Result.REFUSED, "status " + item.status()));
            } else {
                out.add(new StatusAnswer(mark.orderId(), StatusAnswer.Result.SET, ""));
            }
        }
        return out;
    }

    @Override
    public Map<Long, MarkState> marksOf(Collection<Long> orderIds) {
        List<Long> ids = orderIds.stream().distinct().toList();
        Map<Long, MarkState> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += maxMarks()) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + maxMarks()));
            String include = chunk.stream().map(String::valueOf).collect(Collectors.joining(","));
            for (JsonNode order : call(() -> api.ordersById(include, chunk.size()))) {
                long id = order.path("id").asLong(0);
                if (chunk.contains(id)) {
                    out.put(id, new MarkState(order.path("status").asText(""), erpNumber(order.path("meta_data"))));
                }
            }
        }
        return out;
    }

    // the order's first row of the key, as WooCommerce's get_meta(key, true) reads it
    private static String erpNumber(JsonNode metaData) {
        if (metaData != null) {
            for (JsonNode meta : metaData) {
                if (ERP_DOCUMENT.equals(meta.path("key").asText())) {
                    return meta.path("value").asText("");
                }
            }
        }
        return "";
    }

    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (WooCommerceException e) {
            OrderSourceException.Kind kind = e.authenticationFailed() ? OrderSourceException.Kind.AUTHENTICATION
                    : e.status() == 404 ? OrderSourceException.Kind.NOT_FOUND
                    : OrderSourceException.Kind.REJECTED;
            throw new OrderSourceException(kind, "HTTP " + e.status() + " " + e.code(), explain.apply(e), e);
        } catch (ShopUnreachableException e) {
            throw new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, e.getMessage(), explain.apply(e), e);
        } catch (FeignException e) {
            // only when the connection's error decoder let one through; its message may quote the URL, so leave it out
            throw new OrderSourceException(e.status() == 404 ? OrderSourceException.Kind.NOT_FOUND
                    : OrderSourceException.Kind.REJECTED, "HTTP " + e.status(), e);
        }
    }
}
