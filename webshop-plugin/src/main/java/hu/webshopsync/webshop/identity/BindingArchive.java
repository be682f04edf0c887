package hu.webshopsync.webshop.identity;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.products.ProductSync;
import java.util.List;
import java.util.Objects;

/**
 * Moves the product and image bindings of a shop the plugin no longer works with out of the way,
 * into the history: kind {@code old-<kind>}, key {@code <sourceId>|<SKU>}, everything else as it
 * was. The next Termék szinkron then starts afresh with the new shop (adopting products it already
 * has by SKU), while the old shop's ids are still there to look at. Order bindings need no move:
 * their keys start with the shop's source id, and the new shop gets a new one.
 *
 * <p>Page by page, each page written to the history before it is deleted, so an interruption
 * leaves every binding in one place or the other, and running it again finishes the move.
 */
final class BindingArchive {

    private static final List<String> PER_SHOP_KINDS = List.of(ProductSync.KIND, ImageResolver.KIND);
    private static final int PAGE = 1_000;

    private final PluginStateStore state;

    BindingArchive(PluginStateStore state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * Moves the bindings.
     *
     * @param sourceId the source id of the shop they belong to
     * @return how many product bindings were moved
     */
    int retire(String sourceId) {
        int products = 0;
        for (String kind : PER_SHOP_KINDS) {
            List<Binding> page;
            do {
                page = state.bindingsAfter(kind, null, PAGE);
                state.saveBindings(page.stream().map(b -> new Binding(archivedKind(kind), sourceId + "|" + b.key(),
                        b.remoteId(), b.contentHash(), b.extra())).toList());
                state.deleteBindings(kind, page.stream().map(Binding::key).toList());
                if (kind.equals(ProductSync.KIND)) {
                    products += page.size();
                }
            } while (page.size() == PAGE);
        }
        return products;
    }

    static String archivedKind(String kind) {
        return "old-" + kind;
    }
}
