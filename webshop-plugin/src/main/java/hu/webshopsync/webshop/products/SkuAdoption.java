package hu.webshopsync.webshop.products;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.webshop.shop.ShopErrors;
import hu.webshopsync.webshop.shop.ShopException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks unbound SKUs up before they are created, 100 per request: an existing shop product with
 * the SKU is adopted (its id saved at once), so a first sync against a filled shop updates instead
 * of duplicating; a variation with the SKU, or a product another ERP SKU owns, is not.
 */
final class SkuAdoption {

    private final ProductShop shop;
    private final ShopStart start;
    private final SkuClaims claims;
    private final PluginStateStore state;
    private final RunReport report;
    private final RunStop stop;

    SkuAdoption(ProductShop shop, ShopStart start, SkuClaims claims, PluginStateStore state, RunReport report,
                RunStop stop) {
        this.shop = shop;
        this.start = start;
        this.claims = claims;
        this.state = state;
        this.report = report;
        this.stop = stop;
    }

    /**
     * A page's writes in the order they go: updates at once, then the creates once looked up.
     *
     * @param writes the page's writes
     * @return the writes that can go
     */
    List<PendingWrite> sendable(List<PendingWrite> writes) {
        List<PendingWrite> ready = new ArrayList<>(writes.stream().filter(w -> !w.create()).toList());
        ready.addAll(lookUp(writes.stream().filter(PendingWrite::create).toList()));
        return ready;
    }

    /**
     * The writes to send for SKUs without a shop id: creates, or updates of adopted products.
     *
     * @param creates writes without a shop id
     * @return the writes that can go; the others are reported
     */
    List<PendingWrite> lookUp(List<PendingWrite> creates) {
        if (!creates.isEmpty() && creates.stream().allMatch(w -> w.attempt() == 0) && start.shopStartedEmpty()) {
            // Nothing can carry these SKUs: the shop was empty at the start and this run holds the lock,
            // so every product in it now came from this run and is bound already. A create that clashes
            // anyway is adopted through its DuplicateSku rejection; lost answers (attempt > 0) are still
            // looked up.
            return creates;
        }
        List<PendingWrite> ready = new ArrayList<>(creates.size());
        for (int from = 0; from < creates.size(); from += ProductShop.MAX_BATCH) {
            List<PendingWrite> chunk = creates.subList(from, Math.min(creates.size(), from + ProductShop.MAX_BATCH));
            if (stop.stopped()) {
                chunk.forEach(w -> report.failed(w.sku(), LocalizedText.of("fail.notSent", stop.reason())));
                continue;
            }
            List<ProductShop.ShopProduct> found;
            try {
                found = shop.findBySkus(chunk.stream().map(PendingWrite::sku).toList());
            } catch (ShopException e) {
                LocalizedText reason = ShopErrors.phrase(e);
                chunk.forEach(w -> report.failed(w.sku(), LocalizedText.of("fail.lookup", reason)));
                stop.shopFailed(e, reason);
                continue;
            }
            ready.addAll(adopt(chunk, bySku(found)));
        }
        return ready;
    }

    /** The products found, by folded SKU; the product itself wins over a variation carrying the same SKU. */
    private static Map<String, ProductShop.ShopProduct> bySku(List<ProductShop.ShopProduct> found) {
        Map<String, ProductShop.ShopProduct> bySku = new HashMap<>();
        for (ProductShop.ShopProduct p : found) {
            ProductShop.ShopProduct earlier = bySku.get(SkuCollation.fold(p.sku()));
            if (earlier == null || earlier.variation() && !p.variation()) {
                bySku.put(SkuCollation.fold(p.sku()), p);
            }
        }
        return bySku;
    }

    private List<PendingWrite> adopt(List<PendingWrite> chunk, Map<String, ProductShop.ShopProduct> bySku) {
        List<PendingWrite> ready = new ArrayList<>(chunk.size());
        List<Binding> adopted = new ArrayList<>();
        for (PendingWrite w : chunk) {
            ProductShop.ShopProduct existing = bySku.get(SkuCollation.fold(w.sku()));
            Optional<String> owner = existing == null ? Optional.empty() : claims.otherOwner(existing.id(), w.sku());
            if (existing == null) {
                ready.add(w);
            } else if (existing.variation()) {
                report.failed(w.sku(), LocalizedText.of("fail.skuIsVariation", existing.id()));
            } else if (owner.isPresent()) {
                report.failed(w.sku(), LocalizedText.of("fail.skuTaken", existing.sku(), existing.id(), owner.get()));
            } else {
                claims.claim(existing.id(), w.sku());
                adopted.add(new Binding(ProductSync.KIND, w.sku(), String.valueOf(existing.id()), "", ""));
                ready.add(w.withId(existing.id()));
            }
        }
        if (!adopted.isEmpty()) {
            state.saveBindings(adopted);
        }
        return ready;
    }
}
