package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Orders as WooCommerce 7.9's REST controller creates, edits and deletes them: products resolved by id
 * or SKU, prices from the product, totals and (optionally) a 27 % tax ({@link OrderLines}), status
 * changes with their stock, refund and note side effects ({@link OrderTransitions}), no stock check
 * (capture 43). Every change bumps {@code date_modified} (capture 49).
 */
final class OrderService {

    static final List<String> STATUSES = OrderTransitions.STATUSES;
    private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final ShopState state;
    private final ShopSettings settings;
    private final OrderLines lines;
    private final OrderTransitions transitions;
    private final Random random;

    OrderService(ShopState state, ShopSettings settings, OrderLines lines, OrderTransitions transitions, long seed) {
        this.state = state;
        this.settings = settings;
        this.lines = lines;
        this.transitions = transitions;
        this.random = new Random(seed);
    }

    static void validate(JsonNode body) {
        ParamErrors errors = new ParamErrors();
        errors.oneOf(body, "status", STATUSES);
        for (String f : List.of("currency", "payment_method", "payment_method_title", "transaction_id", "customer_note")) {
            errors.string(body, f);
        }
        errors.integer(body, "customer_id");
        errors.bool(body, "set_paid");
        errors.object(body, "billing");
        errors.object(body, "shipping");
        for (String f : List.of("line_items", "shipping_lines", "fee_lines", "coupon_lines", "meta_data")) {
            errors.array(body, f);
        }
        errors.throwIfAny();
    }

    static ApiException invalidId(int status) {
        return new ApiException(status, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.");
    }

    ShopOrder create(JsonNode body) {
        if (body.path("id").asLong(0) > 0) {
            throw new ApiException(400, "woocommerce_rest_shop_order_exists", "Cannot create existing shop_order.");
        }
        ShopOrder o = new ShopOrder();
        o.currency = body.hasNonNull("currency") ? body.get("currency").asText() : settings.currency();
        o.pricesIncludeTax = settings.pricesIncludeTax();
        applyDetails(o, body);
        List<ShopOrder.CouponLine> coupons = new ArrayList<>();
        for (JsonNode c : body.path("coupon_lines")) {
            String code = Json.text(c, "code");
            if (code == null || code.isBlank()) {
                throw new ApiException(400, "woocommerce_rest_invalid_coupon", "Coupon code is required.");
            }
            coupons.add(new ShopOrder.CouponLine(state.orderItemIds.getAndIncrement(), code.trim().toLowerCase(),
                    Money.round(Money.parseOrZero(Json.text(c, "discount"))), BigDecimal.ZERO));
        }
        o.couponLines = List.copyOf(coupons);
        lines.apply(o, body);
        OrderLines.applyCoupons(o);
        lines.calculateTotals(o);
        String requestedStatus = body.hasNonNull("status") ? body.get("status").asText() : "pending";
        boolean setPaid = Boolean.TRUE.equals(body.hasNonNull("set_paid") ? ParamErrors.asBoolean(body.get("set_paid")) : null);
        state.lock.lock();
        try {
            o.id = state.postIds.getAndIncrement();
            o.orderKey = "wc_order_" + randomKey();
            Instant now = state.now();
            o.created = now;
            o.modified = now;
            o.status = "pending";
            String target = requestedStatus;
            if (setPaid) {
                o.datePaid = now;
                if (Set.of("pending", "on-hold", "failed", "cancelled").contains(target)) {
                    // Capture 14: WooCommerce 7.9 marks a REST order created with set_paid "completed".
                    target = "completed";
                }
            }
            transitions.transition(o, target, now, true);
            state.orders.put(o.id, o);
            return o;
        } finally {
            state.lock.unlock();
        }
    }

    ShopOrder update(long id, JsonNode body) {
        state.lock.lock();
        try {
            ShopOrder existing = state.orders.get(id);
            if (existing == null) {
                throw invalidId(400);
            }
            ShopOrder o = existing.copy();
            applyDetails(o, body);
            boolean recalc = false;
            for (String f : List.of("billing", "shipping", "line_items", "shipping_lines", "fee_lines", "coupon_lines")) {
                recalc |= body.has(f);
            }
            if (body.has("line_items") || body.has("shipping_lines") || body.has("fee_lines")) {
                lines.apply(o, body);
            }
            if (recalc) {
                lines.calculateTotals(o);
            }
            Instant now = state.now();
            o.modified = now;
            String target = body.hasNonNull("status") ? body.get("status").asText() : o.status;
            if (Boolean.TRUE.equals(body.hasNonNull("set_paid") ? ParamErrors.asBoolean(body.get("set_paid")) : null)
                    && o.datePaid == null) {
                o.datePaid = now;
                if (Set.of("pending", "on-hold", "failed", "cancelled").contains(target)) {
                    target = "processing";
                }
            }
            transitions.transition(o, target, now, false);
            state.orders.put(id, o);
            return o;
        } finally {
            state.lock.unlock();
        }
    }

    ShopOrder delete(long id, boolean force) {
        state.lock.lock();
        try {
            ShopOrder existing = state.orders.get(id);
            if (existing == null) {
                throw invalidId(404);
            }
            if (force) {
                state.orders.remove(id);
                state.notes.remove(id);
                return existing;
            }
            if ("trash".equals(existing.status)) {
                throw new ApiException(410, "woocommerce_rest_already_trashed", "The shop_order has already been deleted.");
            }
            ShopOrder trashed = existing.copy();
            trashed.trashedFrom = existing.status;
            trashed.status = "trash";
            trashed.modified = state.now();
            state.orders.put(id, trashed);
            return existing;
        } finally {
            state.lock.unlock();
        }
    }

    ShopNote addNote(long orderId, String text, boolean customerNote, String author) {
        state.lock.lock();
        try {
            if (!state.orders.containsKey(orderId)) {
                throw new ApiException(404, "woocommerce_rest_order_invalid_id", "Invalid order ID.");
            }
            ShopNote note = new ShopNote(state.commentIds.getAndIncrement(), orderId, author, state.now(), text, customerNote);
            state.addNote(note);
            return note;
        } finally {
            state.lock.unlock();
        }
    }

    private String randomKey() {
        StringBuilder sb = new StringBuilder(13);
        for (int i = 0; i < 13; i++) {
            sb.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
        }
        return sb.toString();
    }

    private void applyDetails(ShopOrder o, JsonNode body) {
        mergeAddress(o.billing, body.get("billing"));
        mergeAddress(o.shipping, body.get("shipping"));
        String s;
        if ((s = Json.text(body, "payment_method")) != null) {
            o.paymentMethod = s;
        }
        if ((s = Json.text(body, "payment_method_title")) != null) {
            o.paymentMethodTitle = s;
        }
        if ((s = Json.text(body, "transaction_id")) != null) {
            o.transactionId = s;
        }
        if ((s = Json.text(body, "customer_note")) != null) {
            o.customerNote = s;
        }
        if (body.hasNonNull("customer_id")) {
            o.customerId = body.get("customer_id").asLong();
        }
        if (body.has("meta_data")) {
            o.meta = List.copyOf(Meta.apply(o.meta, body.get("meta_data"), state::nextMetaId));
        }
    }

    private static void mergeAddress(Map<String, String> address, JsonNode posted) {
        if (posted == null || !posted.isObject()) {
            return;
        }
        for (String field : new ArrayList<>(address.keySet())) {
            JsonNode v = posted.get(field);
            if (v != null && !v.isNull()) {
                address.put(field, v.asText());
            }
        }
    }

    /** Needed by the JSON view: orders with a real product need shipping/processing. */
    boolean needsProcessing(ShopOrder o) {
        for (ShopOrder.LineItem l : o.lineItems) {
            ShopProduct p = state.products.get(l.productId());
            if (p != null && !(p.virtual && p.downloadable)) {
                return true;
            }
        }
        return false;
    }
}
