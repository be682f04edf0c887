package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the {@code order_key} of every imported shop order, to catch an order id the shop hands
 * out a second time: after the shop's database was reset or restored, order 1234 can be a different
 * purchase than the 1234 already in the ERP. The ERP's unique external reference would then silently
 * swallow the new order as "already imported"; comparing order keys turns that into a failure a
 * human must resolve.
 *
 * <p>Bindings of kind {@code order}: key {@code <sourceId>#<order id>} (the state is per plugin, not
 * per shop), remote id the order id, extra the order key. The key is written <em>before</em> the
 * order is created, so a crash between the two never leaves an imported order without its key.
 */
final class OrderKeys {

    /** The binding kind. */
    public static final String KIND = "order";

    private final PluginStateStore state;
    private final String sourceId;

    /**
     * @param state    the plugin's state
     * @param sourceId the shop connection's source id
     */
    public OrderKeys(PluginStateStore state, String sourceId) {
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    }

    /**
     * The remembered order keys of some orders.
     *
     * @param orderIds shop order ids
     * @return order key by order id, for the orders that have one
     */
    public Map<String, String> known(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keyToId = new LinkedHashMap<>();
        orderIds.forEach(id -> keyToId.put(bindingKey(id), id));
        Map<String, String> out = new LinkedHashMap<>();
        state.bindings(KIND, keyToId.keySet()).forEach((k, b) -> {
            if (!b.extra().isEmpty()) {
                out.put(keyToId.get(k), b.extra());
            }
        });
        return out;
    }

    /**
     * Remembers order keys, all in one state write.
     *
     * @param orderKeyById order key by shop order id
     */
    public void remember(Map<String, String> orderKeyById) {
        if (orderKeyById.isEmpty()) {
            return;
        }
        List<Binding> bindings = orderKeyById.entrySet().stream()
                .map(e -> new Binding(KIND, bindingKey(e.getKey()), e.getKey(), "", e.getValue()))
                .toList();
        state.saveBindings(bindings);
    }

    private String bindingKey(String orderId) {
        return sourceId + "#" + orderId;
    }
}
