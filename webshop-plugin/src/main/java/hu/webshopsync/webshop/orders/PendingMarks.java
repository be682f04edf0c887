package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The ERP numbers still to be written onto the shop orders they were imported from.
 *
 * <p>Bindings of kind {@code order-mark-pending}: key {@code <sourceId>#<order id>}, remote id the shop
 * order id, extra the ERP document number. A page's numbers are remembered once its orders are
 * committed in the ERP, and forgotten once the shop has the mark or the order is gone. Writing a number
 * again changes nothing in the shop (the meta key replaces its own value), so unlike a status a number
 * needs no mark of an attempt: after a lost answer or a killed run the next run writes it again.
 */
final class PendingMarks {

    static final String KIND = "order-mark-pending";
    private static final int PAGE = 500;

    private final PluginStateStore state;
    private final String sourceId;

    PendingMarks(PluginStateStore state, String sourceId) {
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    }

    /**
     * The state entries that remember numbers to write, for a caller that saves them with others in one
     * write.
     *
     * @param marks marks without a status
     * @return the bindings to save
     */
    List<Binding> bindings(Collection<OrderSource.OrderMark> marks) {
        return marks.stream().map(m -> new Binding(KIND, key(m.orderId()), String.valueOf(m.orderId()), "",
                m.erpNumber())).toList();
    }

    /**
     * @return every number of this shop still to write, lowest key first, as marks without a status
     */
    List<OrderSource.OrderMark> pending() {
        String prefix = OrderKeys.keyPrefix(sourceId);
        List<OrderSource.OrderMark> out = new ArrayList<>();
        // keys sort by text, so this shop's are together, right after its bare prefix
        String after = prefix;
        while (true) {
            List<Binding> page = state.bindingsAfter(KIND, after, PAGE);
            for (Binding b : page) {
                if (!b.key().startsWith(prefix)) {
                    return out;
                }
                if (b.remoteId().matches("\\d{1,18}") && !b.extra().isBlank()) {
                    out.add(new OrderSource.OrderMark(Long.parseLong(b.remoteId()), b.extra(), null));
                }
            }
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    /**
     * Forgets numbers the shop has, or can no longer take, in one state write.
     *
     * @param orderIds shop order ids
     */
    void forget(Collection<Long> orderIds) {
        if (!orderIds.isEmpty()) {
            state.deleteBindings(KIND, orderIds.stream().map(this::key).toList());
        }
    }

    private String key(long orderId) {
        return OrderKeys.keyPrefix(sourceId) + orderId;
    }
}
