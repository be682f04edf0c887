package hu.webshopsync.webshop.stock;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.products.ProductSync;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shop products the ERP's products are bound to, by shop id: what the product sync created or
 * adopted and still sells (those it set to draft are no longer the ERP's to audit).
 */
final class BoundProducts {

    private static final int PAGE = 500;

    private BoundProducts() {
    }

    /**
     * Reads the bindings.
     *
     * @param state     the plugin's state
     * @param selection only these SKUs; empty for all
     * @return SKU by shop id
     */
    static Map<Long, String> read(PluginStateStore state, Set<String> selection) {
        Map<Long, String> bound = new HashMap<>();
        String after = null;
        while (true) {
            List<Binding> page = state.bindingsAfter(ProductSync.KIND, after, PAGE);
            for (Binding b : page) {
                if (!ProductSync.DRAFT_MARKER.equals(b.extra()) && (selection.isEmpty() || selection.contains(b.key()))) {
                    parseId(b.remoteId()).ifPresent(id -> bound.put(id, b.key()));
                }
            }
            if (page.size() < PAGE) {
                return bound;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private static Optional<Long> parseId(String remoteId) {
        try {
            return Optional.of(Long.parseLong(remoteId.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
