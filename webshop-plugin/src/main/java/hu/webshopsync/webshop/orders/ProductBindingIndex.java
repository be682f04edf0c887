package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Shop product id → SKU, from the product sync's bindings (kind {@code product}, key = SKU, remote
 * id = shop product id). The state store looks bindings up by key only, so the reverse direction
 * means one walk over all product bindings; it is done lazily, at most once per run, and only when
 * an order line's SKU is missing or unknown.
 */
final class ProductBindingIndex {

    static final String PRODUCT_KIND = "product";
    private static final int PAGE = 1000;

    private final PluginStateStore state;
    private Map<Long, String> skuByRemoteId;

    ProductBindingIndex(PluginStateStore state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * The SKUs bound to some shop product ids.
     *
     * @param shopProductIds the ids
     * @return SKU by id, for the ids that are bound
     */
    Map<Long, String> skus(Collection<Long> shopProductIds) {
        if (shopProductIds.isEmpty()) {
            return Map.of();
        }
        if (skuByRemoteId == null) {
            skuByRemoteId = load();
        }
        Map<Long, String> out = new HashMap<>();
        for (Long id : shopProductIds) {
            String sku = skuByRemoteId.get(id);
            if (sku != null) {
                out.put(id, sku);
            }
        }
        return out;
    }

    private Map<Long, String> load() {
        Map<Long, String> index = new HashMap<>();
        String after = null;
        while (true) {
            List<Binding> page = state.bindingsAfter(PRODUCT_KIND, after, PAGE);
            for (Binding b : page) {
                if (b.remoteId().matches("\\d{1,18}")) {
                    index.put(Long.parseLong(b.remoteId()), b.key());
                }
            }
            if (page.size() < PAGE) {
                return index;
            }
            after = page.get(page.size() - 1).key();
        }
    }
}
