package hu.webshopsync.webshop.products;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which ERP SKU owns which shop product. The shop compares SKUs ignoring case, accents and
 * trailing spaces ({@link SkuCollation}), the ERP does not: adopting a shop product for a second
 * SKU would merge two ERP products into one shop product, the later silently overwriting the
 * earlier on every run. The stored bindings are read only when such a question comes up at all
 * (adoptions), once per run.
 */
final class SkuClaims {

    private static final Pattern SHOP_ID = Pattern.compile("\\d{1,18}");
    private static final int READ_PAGE = 1_000;

    private final PluginStateStore state;
    private final Map<Long, String> claimed = new HashMap<>();
    private boolean loaded;

    SkuClaims(PluginStateStore state) {
        this.state = state;
    }

    /** Remembers that a shop product belongs to a SKU; a remote id that is no shop id is ignored. */
    void claim(String remoteId, String sku) {
        if (SHOP_ID.matcher(remoteId).matches()) {
            claimed.put(Long.parseLong(remoteId), sku);
        }
    }

    void claim(long shopId, String sku) {
        claimed.put(shopId, sku);
    }

    /**
     * The other ERP SKU already bound to a shop product.
     *
     * @param shopId the shop product
     * @param sku    the SKU that would take it
     * @return the other owner, empty when there is none or it is the same SKU
     */
    Optional<String> otherOwner(long shopId, String sku) {
        if (!claimed.containsKey(shopId) && !loaded) {
            loaded = true;
            loadAll();
        }
        String owner = claimed.get(shopId);
        return owner == null || owner.equals(sku) ? Optional.empty() : Optional.of(owner);
    }

    private void loadAll() {
        String after = null;
        while (true) {
            List<Binding> page = state.bindingsAfter(ProductSync.KIND, after, READ_PAGE);
            for (Binding b : page) {
                if (SHOP_ID.matcher(b.remoteId()).matches()) {
                    claimed.putIfAbsent(Long.parseLong(b.remoteId()), b.key());
                }
            }
            if (page.size() < READ_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).key();
        }
    }
}
