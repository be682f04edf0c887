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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WooCommerce adapter of {@link OrderSource}: lists through {@link WooOrdersApi} and turns the
 * connection's exceptions into {@link OrderSourceException}s the engine understands.
 */
public final class WooOrderSource implements OrderSource {

    private static final Logger LOG = LoggerFactory.getLogger(WooOrderSource.class);
    // WooCommerce 7.9's statuses of an order that is no longer to deliver
    private static final List<String> CLOSED = List.of("completed", "cancelled", "refunded", "failed");
    private static final String GONE = "woocommerce_rest_shop_order_invalid_id";

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
    public List<StatusAnswer> setStatuses(List<StatusChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        if (changes.size() > MAX_STATUS_CHANGES) {
            throw new IllegalArgumentException("at most " + MAX_STATUS_CHANGES + " status changes at once");
        }
        WooOrderBatch answer = call(() -> api.batch(new WooOrderBatch.Request(changes.stream()
                .map(c -> new WooOrderBatch.StatusUpdate(c.orderId(), c.status())).toList())));
        List<StatusAnswer> out = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            WooOrderBatch.Item item = i < answer.update().size() ? answer.update().get(i) : null;
            if (item == null) {
                out.add(new StatusAnswer(change.orderId(), StatusAnswer.Result.REFUSED, "no answer for the order"));
            } else if (item.error() != null) {
                out.add(new StatusAnswer(change.orderId(), GONE.equals(item.error().code())
                        ? StatusAnswer.Result.GONE : StatusAnswer.Result.REFUSED, item.error().code()));
            } else if (change.status().equals(item.status())) {
                out.add(new StatusAnswer(change.orderId(), StatusAnswer.Result.SET, ""));
            } else {
                // a plugin of the shop may veto a transition and answer with the order as it stays
                out.add(new StatusAnswer(change.orderId(), StatusAnswer.Result.REFUSED, "status " + item.status()));
            }
        }
        return out;
    }

    @Override
    public Optional<String> status(long orderId) {
        try {
            return Optional.of(call(() -> api.getOrder(orderId)).path("status").asText(""));
        } catch (OrderSourceException e) {
            if (e.kind() == OrderSourceException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
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
