package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /orders/{id}/refunds} as WooCommerce 7.9 answers it: {@code WC_REST_Order_Refunds_Controller}
 * (v3) with {@code RestApiUtil::adjust_create_refund_request_parameters}, then {@code wc_create_refund}.
 * No capture exists for refunds; this follows those sources.
 *
 * <ul>
 *   <li>{@code line_items: [{"id": orderLineId, "quantity": n, "refund_total": "x", "refund_tax":
 *       [{"id": 1, "refund_total": "y"}]}]}; {@code amount} defaults to the lines' sum.</li>
 *   <li>{@code api_refund} defaults to {@code true}: the payment gateway must refund, and none of the
 *       shop's gateways (bacs, cheque, cod) can, so the refund fails with 500 and nothing changes. A
 *       client records a manual refund with {@code api_refund: false}.</li>
 *   <li>{@code api_restock} defaults to {@code true}: refunded quantities go back to stock
 *       ({@code wc_restock_refunded_items}).</li>
 *   <li>A refund that leaves nothing to refund moves the order to {@code refunded}; a partial one leaves
 *       the status. Either bumps the order's {@code date_modified}.</li>
 * </ul>
 * Only product lines are refunded line by line here (shipping and fee lines only through the amount).
 */
final class OrderRefunds {

    /** WooCommerce's bundled gateways, none of which supports automatic refunds. */
    private static final Set<String> GATEWAYS = Set.of("bacs", "cheque", "cod");

    private final ShopState state;
    private final OrderTransitions transitions;
    private final OrderStock stock;

    OrderRefunds(ShopState state, OrderTransitions transitions, OrderStock stock) {
        this.state = state;
        this.transitions = transitions;
        this.stock = stock;
    }

    static void validate(JsonNode body) {
        ParamErrors errors = new ParamErrors();
        errors.string(body, "amount");
        errors.string(body, "reason");
        errors.bool(body, "api_refund");
        errors.bool(body, "api_restock");
        errors.array(body, "line_items");
        errors.array(body, "meta_data");
        errors.throwIfAny();
    }

    static ApiException invalidOrder() {
        return new ApiException(404, "woocommerce_rest_invalid_order_id", "Invalid order ID.");
    }

    /** One requested line, in WooCommerce's internal form ({@code qty}, {@code refund_total}, tax total). */
    private record Requested(int qty, BigDecimal total, BigDecimal tax, boolean numeric) {
    }

    ShopRefund create(long orderId, JsonNode body) {
        Map<Long, Requested> requested = requestedLines(body.path("line_items"));
        BigDecimal amount = amount(body, requested);
        if (amount.signum() < 0) {
            throw new ApiException(400, "woocommerce_rest_invalid_order_refund", "Refund amount must be greater than zero.");
        }
        String reason = Json.text(body, "reason");
        boolean apiRefund = !Boolean.FALSE.equals(body.has("api_refund") ? ParamErrors.asBoolean(body.get("api_refund")) : null);
        boolean restock = !Boolean.FALSE.equals(body.has("api_restock") ? ParamErrors.asBoolean(body.get("api_restock")) : null);
        state.lock.lock();
        try {
            ShopOrder existing = state.orders.get(orderId);
            if (existing == null) {
                throw invalidOrder();
            }
            BigDecimal remaining = Money.round(existing.remainingRefundAmount());
            if (amount.compareTo(remaining) > 0) {
                throw cannotCreate("Invalid refund amount.");
            }
            if (apiRefund) {
                throw cannotCreate(GATEWAYS.contains(existing.paymentMethod)
                        ? "The payment gateway for this order does not support automatic refunds."
                        : "The payment gateway for this order does not exist.");
            }
            ShopOrder o = existing.copy();
            Instant now = state.now();
            List<ShopOrder.LineItem> lines = new ArrayList<>();
            Map<Long, Integer> quantities = new LinkedHashMap<>();
            for (ShopOrder.LineItem item : o.lineItems) {
                Requested r = requested.get(item.id());
                if (r == null || (r.qty() == 0 && r.total().signum() == 0 && r.tax().signum() == 0)) {
                    continue;
                }
                lines.add(refundLine(item, r));
                quantities.put(item.id(), r.qty());
            }
            List<Meta> meta = Meta.apply(List.of(), body.get("meta_data"), state::nextMetaId);
            ShopRefund refund = transitions.addRefund(o, amount, reason == null || reason.isEmpty() ? "" : reason, lines,
                    meta, false, now);
            if (restock) {
                stock.restockRefunded(o, quantities, now);
            }
            // woocommerce_order_is_partially_refunded: something left to refund (free items aside)
            if (remaining.subtract(amount).signum() <= 0) {
                transitions.transition(o, "refunded", now, false);
            }
            o.modified = now;
            state.orders.put(o.id, o);
            return refund;
        } finally {
            state.lock.unlock();
        }
    }

    /** The refund, or 404 as the controller answers for an unknown order or a refund of another order. */
    ShopRefund get(long orderId, long refundId) {
        ShopOrder o = state.orders.get(orderId);
        if (o == null) {
            throw invalidOrder();
        }
        for (ShopRefund r : o.refunds) {
            if (r.id() == refundId) {
                return r;
            }
        }
        throw new ApiException(404, "woocommerce_rest_shop_order_refund_invalid_id", "Invalid ID.");
    }

    /** Deletes a refund for good (refunds cannot be trashed); the order keeps its status and stock. */
    ShopRefund delete(long orderId, long refundId) {
        state.lock.lock();
        try {
            ShopRefund refund = get(orderId, refundId);
            ShopOrder o = state.orders.get(orderId).copy();
            o.refunds = o.refunds.stream().filter(r -> r.id() != refundId).toList();
            state.orders.put(o.id, o);
            return refund;
        } finally {
            state.lock.unlock();
        }
    }

    private static ApiException cannotCreate(String message) {
        return new ApiException(500, "woocommerce_rest_cannot_create_order_refund", message);
    }

    /** The posted amount; without one, the lines' sum when every line gives numbers, else 0. */
    private static BigDecimal amount(JsonNode body, Map<Long, Requested> requested) {
        if (body.hasNonNull("amount")) {
            return Money.round(Money.parseOrZero(body.get("amount").asText()));
        }
        if (requested.isEmpty() || requested.values().stream().anyMatch(r -> !r.numeric())) {
            return BigDecimal.ZERO.setScale(Money.DECIMALS);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Requested r : requested.values()) {
            sum = sum.add(r.total()).add(r.tax());
        }
        return Money.round(sum);
    }

    /** A sequential list with {@code id}s, {@code quantity} as a synonym of {@code qty} (RestApiUtil). */
    private static Map<Long, Requested> requestedLines(JsonNode lines) {
        Map<Long, Requested> byId = new LinkedHashMap<>();
        for (JsonNode line : lines) {
            long id = line.path("id").asLong(0);
            if (id <= 0) {
                continue;
            }
            JsonNode qty = line.has("qty") ? line.get("qty") : line.get("quantity");
            BigDecimal total = Money.parse(line.path("refund_total").asText(null));
            boolean numeric = total != null;
            BigDecimal tax = BigDecimal.ZERO;
            for (JsonNode t : line.path("refund_tax")) {
                BigDecimal v = Money.parse(t.path("refund_total").asText(null));
                numeric &= v != null;
                tax = tax.add(v == null ? BigDecimal.ZERO : v);
            }
            byId.put(id, new Requested(qty == null ? 0 : qty.asInt(0), total == null ? BigDecimal.ZERO : total, tax, numeric));
        }
        return byId;
    }

    /** {@code wc_create_refund}'s negative copy of an order line, linked by {@code _refunded_item_id}. */
    private ShopOrder.LineItem refundLine(ShopOrder.LineItem item, Requested r) {
        BigDecimal total = Money.round(r.total()).negate();
        List<Meta> meta = List.of(new Meta(state.nextMetaId(), "_refunded_item_id", LongNode.valueOf(item.id())));
        return new ShopOrder.LineItem(state.orderItemIds.getAndIncrement(), item.name(), item.productId(), -r.qty(),
                item.taxClass(), total, Money.round(r.tax()).negate(), total, Money.round(r.tax()).negate(), item.sku(), meta);
    }
}
