package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link OrderTrace} of every imported shop order, in the plugin state.
 *
 * <p>Bindings of kind {@code order-trace}: key {@code <sourceId>#<order id>}, remote id the order id,
 * extra the trace. A new order's trace is written with its order key, before the order is created;
 * a changed one after the ERP has acted on what it records, so a run that dies in between acts again,
 * and the ERP's answers (an order cancelled already, a reason it has already) keep that from doing
 * anything twice.
 */
final class OrderTraces {

    static final String KIND = "order-trace";

    private final PluginStateStore state;
    private final String sourceId;

    OrderTraces(PluginStateStore state, String sourceId) {
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    }

    /**
     * @param orderIds shop order ids
     * @return the readable traces of those that have one, by order id
     */
    Map<Long, OrderTrace> known(Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> byKey = new LinkedHashMap<>();
        orderIds.forEach(id -> byKey.put(key(id), id));
        Map<Long, OrderTrace> out = new LinkedHashMap<>();
        state.bindings(KIND, byKey.keySet()).forEach((k, b) ->
                OrderTrace.parse(b.extra()).ifPresent(t -> out.put(byKey.get(k), t)));
        return out;
    }

    /**
     * Remembers traces, in one state write.
     *
     * @param traces trace by shop order id
     */
    void remember(Map<Long, OrderTrace> traces) {
        if (!traces.isEmpty()) {
            state.saveBindings(bindings(traces));
        }
    }

    /**
     * @param traces trace by shop order id
     * @return the state entries that remember them, for a caller that saves them with others in one write
     */
    List<Binding> bindings(Map<Long, OrderTrace> traces) {
        return traces.entrySet().stream()
                .map(e -> new Binding(KIND, key(e.getKey()), String.valueOf(e.getKey()), "", e.getValue().text()))
                .toList();
    }

    private String key(long orderId) {
        return OrderKeys.keyPrefix(sourceId) + orderId;
    }
}
