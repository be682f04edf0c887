package hu.webshopsync.emulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An order's status change with the side effects WooCommerce 7.9 hooks on it
 * ({@code WC_Order::status_transition}: first the {@code woocommerce_order_status_<to>} actions, then
 * the note "Order status changed from … to …."). Caller holds the lock and passes its working copy.
 */
final class OrderTransitions {

    static final List<String> STATUSES = List.of("auto-draft", "pending", "processing", "on-hold", "completed",
            "cancelled", "refunded", "failed", "checkout-draft");
    /** {@code wc_maybe_reduce_stock_levels} is hooked on these (wc-stock-functions.php). */
    private static final Set<String> STOCK_REDUCING = Set.of("processing", "completed", "on-hold");
    /**
     * {@code wc_maybe_increase_stock_levels} is hooked on these two only: in 7.9 a {@code failed} or
     * {@code refunded} order keeps its reduced stock (a refund restocks only through its own lines).
     */
    private static final Set<String> STOCK_RESTORING = Set.of("cancelled", "pending");
    private static final Map<String, String> LABELS = Map.of("pending", "Pending payment", "processing", "Processing",
            "on-hold", "On hold", "completed", "Completed", "cancelled", "Cancelled", "refunded", "Refunded",
            "failed", "Failed", "checkout-draft", "Draft", "auto-draft", "Draft", "trash", "Trash");

    private final ShopState state;
    private final OrderStock stock;

    OrderTransitions(ShopState state, OrderStock stock) {
        this.state = state;
        this.stock = stock;
    }

    /**
     * Moves the order to {@code target}; nothing happens when it is already there. An unknown status
     * becomes {@code pending}, as {@code WC_Order::set_status} does (batch items skip the schema check).
     */
    void transition(ShopOrder o, String target, Instant now, boolean creating) {
        String to = STATUSES.contains(target) || "trash".equals(target) ? target : "pending";
        String from = o.status;
        if (from.equals(to)) {
            return;
        }
        o.status = to;
        if (!creating && o.datePaid == null && ("processing".equals(to) || "completed".equals(to))) {
            o.datePaid = now;
        }
        if ("completed".equals(to) && o.dateCompleted == null) {
            o.dateCompleted = now;
        }
        if (STOCK_REDUCING.contains(to)) {
            if (!o.stockReduced) {
                stock.reduce(o, now);
            }
            stock.recordSales(o);
        } else if (STOCK_RESTORING.contains(to) && o.stockReduced) {
            stock.increase(o, now);
        }
        if ("refunded".equals(to)) {
            fullyRefunded(o, now);
        }
        state.addSystemNote(o.id, "Order status changed from " + LABELS.getOrDefault(from, from) + " to "
                + LABELS.getOrDefault(to, to) + ".", now);
    }

    /**
     * {@code wc_order_fully_refunded}, hooked on {@code woocommerce_order_status_refunded}: whatever is not
     * refunded yet becomes one refund without lines and without restocking.
     */
    private void fullyRefunded(ShopOrder o, Instant now) {
        BigDecimal remaining = Money.round(o.remainingRefundAmount());
        if (remaining.signum() == 0) {
            return;
        }
        addRefund(o, remaining, "Order fully refunded.", List.of(), List.of(), false, now);
        state.addSystemNote(o.id, "Order status set to refunded. To return funds to the customer you will need to "
                + "issue a refund through your payment gateway.", now);
    }

    /** Stores a refund on the order copy (refunds share WordPress's post ids); newest first. */
    ShopRefund addRefund(ShopOrder o, BigDecimal amount, String reason, List<ShopOrder.LineItem> lines, List<Meta> meta,
                         boolean refundedPayment, Instant now) {
        ShopRefund refund = new ShopRefund(state.postIds.getAndIncrement(), o.id, now, Money.round(amount), reason,
                ShopSettings.ADMIN_USER_ID, refundedPayment, List.copyOf(lines), List.copyOf(meta));
        o.refunds = prepend(refund, o.refunds);
        return refund;
    }

    private static List<ShopRefund> prepend(ShopRefund refund, List<ShopRefund> refunds) {
        ShopRefund[] all = new ShopRefund[refunds.size() + 1];
        all[0] = refund;
        for (int i = 0; i < refunds.size(); i++) {
            all[i + 1] = refunds.get(i);
        }
        return List.of(all);
    }
}
