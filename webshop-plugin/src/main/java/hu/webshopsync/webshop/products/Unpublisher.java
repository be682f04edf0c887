package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ActionContext;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the bound products that are no longer sold (unmarked, or deleted in the ERP) and plans
 * their draft writes: the shop keeps them, with their orders and links, but no longer shows them.
 * Walks the product bindings in pages, or only the selected ones.
 */
final class Unpublisher {

    private final ActionContext ctx;
    private final int pageSize;
    private final Selection selection;
    private String after;
    private boolean done;

    Unpublisher(ActionContext ctx, int pageSize, Selection selection) {
        this.ctx = ctx;
        this.pageSize = pageSize;
        this.selection = selection;
    }

    /** @return the draft writes of the next page of bindings; empty once all were read */
    Optional<List<PendingWrite>> next() {
        if (done) {
            return Optional.empty();
        }
        if (!ctx.selection().isEmpty()) {
            done = true;
            return Optional.of(drafts(new ArrayList<>(ctx.state().bindings(ProductSync.KIND, ctx.selection()).values())));
        }
        List<Binding> page = ctx.state().bindingsAfter(ProductSync.KIND, after, pageSize);
        if (page.isEmpty()) {
            done = true;
            return Optional.empty();
        }
        done = page.size() < pageSize;
        after = page.get(page.size() - 1).key();
        return Optional.of(drafts(page));
    }

    private List<PendingWrite> drafts(List<Binding> bindings) {
        List<Binding> live = bindings.stream()
                .filter(b -> !b.remoteId().isEmpty() && !ProductSync.DRAFT_MARKER.equals(b.extra())).toList();
        if (live.isEmpty()) {
            return List.of();
        }
        Map<String, Product> products = ctx.host().products().bySkus(live.stream().map(Binding::key).toList());
        List<PendingWrite> drafts = new ArrayList<>();
        for (Binding b : live) {
            Product p = products.get(b.key());
            if (p != null && CatalogReader.isMarked(p)) {
                continue;
            }
            selection.handled(b.key());
            drafts.add(new PendingWrite(b.key(), Long.valueOf(b.remoteId()), ProductPayload.unpublish(),
                    b.contentHash(), true, null, false, 0, b, null));
        }
        return drafts;
    }
}
