package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows an order that is in the ERP already into what became of it in the shop since the sync last
 * saw it ({@link OrderTrace}):
 * <ul>
 *   <li>called off in the shop (cancelled, failed, refunded in full): an open ERP order is cancelled,
 *   which releases its reservation; a fulfilled one is left alone and flagged for review;</li>
 *   <li>taken back up after that (cancelled → processing): flagged, never imported a second time;</li>
 *   <li>lines or total edited, or partly refunded: flagged with what changed, old → new; the ERP's
 *   document is never rewritten.</li>
 * </ul>
 * An order without a trace (imported before traces were kept) only starts one, unless the shop has
 * called it off. Repeating a step changes nothing: the ERP leaves a cancelled order as it is and
 * does not add a review reason it has already.
 */
final class OrderLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OrderLifecycle.class);

    private final CustomerOrderBook book;
    private final String sourceId;
    private final OrderMessages messages;

    OrderLifecycle(CustomerOrderBook book, String sourceId, OrderMessages messages) {
        this.book = Objects.requireNonNull(book, "book");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** What following one order did. */
    sealed interface Step permits Unchanged, Cancelled, Flagged, Failed {
    }

    /** Nothing new for the ERP. */
    record Unchanged() implements Step {
    }

    /** The ERP order was cancelled because the shop called the order off. */
    record Cancelled(String erpNumber) implements Step {
    }

    /** The ERP order was flagged for review; the reason is on it. */
    record Flagged(String erpNumber, LocalizedText reason) implements Step {
    }

    /** The ERP could not act; a later run tries again. */
    record Failed(LocalizedText why) implements Step {
    }

    /**
     * @param order  the order as the shop lists it now
     * @param erp    the ERP's order of it, with its state
     * @param before what the sync saw of it last, if anything
     * @return what was done
     */
    Step follow(ShopOrder order, CustomerOrderRef erp, Optional<OrderTrace> before) {
        try {
            return order.stage().calledOff() ? calledOff(order, erp, before) : changed(order, erp, before);
        } catch (UnsupportedOperationException e) {
            return new Failed(LocalizedText.of("lifecycle.unsupported"));
        } catch (RuntimeException e) {
            // the host's message may quote the order's data: the log gets only its type unless DEBUG
            LOG.warn("Order sync: the ERP could not follow shop order {} ({})", order.id(), e.getClass().getName());
            LOG.debug("Order sync: failure following shop order {}", order.id(), e);
            return new Failed(LocalizedText.of("failed.erpError", e.getClass().getSimpleName()));
        }
    }

    private Step calledOff(ShopOrder order, CustomerOrderRef erp, Optional<OrderTrace> before) {
        if (before.map(b -> b.stage().calledOff()).orElse(false)) {
            return new Unchanged();
        }
        String ref = String.valueOf(order.id());
        if (erp.state() == CustomerOrderState.OPEN) {
            String reason = messages.text(LocalizedText.of("lifecycle.cancelReason", order.status()));
            Optional<CustomerOrderRef> after = book.cancel(sourceId, ref, reason);
            if (after.isPresent() && after.get().state() == CustomerOrderState.CANCELLED) {
                return new Cancelled(erp.number());
            }
            if (after.isEmpty() || after.get().state() != CustomerOrderState.FULFILLED) {
                return new Unchanged();
            }
            // fulfilled in the ERP between the listing and the cancel
        } else if (erp.state() == CustomerOrderState.CANCELLED) {
            return new Unchanged();
        }
        return flag(order, erp, LocalizedText.of("lifecycle.cancelledAfterFulfil", order.status()));
    }

    private Step changed(ShopOrder order, CustomerOrderRef erp, Optional<OrderTrace> before) {
        if (before.isEmpty()) {
            return new Unchanged();
        }
        OrderTrace was = before.get();
        OrderTrace now = OrderTrace.of(order);
        List<LocalizedText> reasons = new ArrayList<>(3);
        if (was.stage().calledOff()) {
            reasons.add(LocalizedText.of("lifecycle.reopened", order.status()));
        }
        was.edits(now).ifPresent(reasons::add);
        if (now.refunded().compareTo(was.refunded()) > 0) {
            reasons.add(LocalizedText.of("lifecycle.partlyRefunded", now.refunded().toPlainString(),
                    order.currency()));
        }
        return reasons.stream().reduce((a, b) -> LocalizedText.of("text.semicolonPair", a, b))
                .map(reason -> flag(order, erp, reason)).orElseGet(Unchanged::new);
    }

    private Step flag(ShopOrder order, CustomerOrderRef erp, LocalizedText reason) {
        boolean added = book.flagForReview(sourceId, String.valueOf(order.id()), messages.text(reason));
        return added ? new Flagged(erp.number(), reason) : new Unchanged();
    }
}
