package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

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
public final class OrderKeys {

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
        state.saveBindings(bindings(orderKeyById));
    }

    /**
     * @param orderKeyById order key by shop order id
     * @return the state entries that remember them, for a caller that saves them with others in one write
     */
    List<Binding> bindings(Map<String, String> orderKeyById) {
        return orderKeyById.entrySet().stream()
                .map(e -> new Binding(KIND, bindingKey(e.getKey()), e.getKey(), "", e.getValue()))
                .toList();
    }

    private String bindingKey(String orderId) {
        return keyPrefix(sourceId) + orderId;
    }

    /**
     * What the binding keys of one shop's orders start with.
     *
     * @param sourceId the shop's source id
     * @return the prefix
     */
    public static String keyPrefix(String sourceId) {
        return sourceId + "#";
    }

    /**
     * The remembered keys of a shop's newest imported orders (highest ids), for telling whether a
     * shop at some address is that shop: walks the shop's bindings once.
     *
     * @param state    the plugin's state
     * @param sourceId the shop's source id
     * @param limit    at most this many
     * @return order key by shop order id
     */
    public static Map<Long, String> newest(PluginStateStore state, String sourceId, int limit) {
        String prefix = keyPrefix(sourceId);
        PriorityQueue<Binding> newest = new PriorityQueue<>(Comparator.comparingLong(OrderKeys::orderId));
        String after = prefix;
        while (true) {
            List<Binding> page = state.bindingsAfter(KIND, after, 1_000);
            for (Binding b : page) {
                if (!b.key().startsWith(prefix)) {
                    return keysOf(newest);
                }
                if (!b.extra().isEmpty() && orderId(b) > 0) {
                    newest.add(b);
                    if (newest.size() > limit) {
                        newest.poll();
                    }
                }
            }
            if (page.size() < 1_000) {
                return keysOf(newest);
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private static Map<Long, String> keysOf(PriorityQueue<Binding> bindings) {
        Map<Long, String> keys = new HashMap<>();
        bindings.forEach(b -> keys.put(orderId(b), b.extra()));
        return keys;
    }

    private static long orderId(Binding b) {
        try {
            return Long.parseLong(b.remoteId());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
