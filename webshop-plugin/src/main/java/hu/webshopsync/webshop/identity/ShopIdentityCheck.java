package hu.webshopsync.webshop.identity;

import hu.webshopsync.api.PluginStateStore;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The identity step of the module's activation check: is the shop at the new address the one the
 * plugin worked with ({@link SameShopEvidence})? The same shop keeps its source id under the new
 * address, so nothing is imported or created twice; a different shop is refused until the user
 * confirms it, and then gets a new source id while the old shop's product and image bindings go
 * to the history ({@link BindingArchive}). What was decided is remembered at once
 * ({@link ShopIdentityStore}); the syncs refuse to run while the remembered address differs from
 * the module's, so an address set without this check cannot mix two shops either.
 */
public final class ShopIdentityCheck {

    /** What the check decided. */
    public sealed interface Outcome permits FirstShop, SameShop, DifferentShop, NewShop {
    }

    /**
     * The first shop the plugin works with.
     *
     * @param identity as remembered now
     */
    public record FirstShop(ShopIdentity identity) implements Outcome {
    }

    /**
     * The shop the plugin worked with, perhaps at a new address.
     *
     * @param identity as remembered now
     * @param moved    whether the address changed
     * @param finding  what was compared
     */
    public record SameShop(ShopIdentity identity, boolean moved, SameShopEvidence.Finding finding) implements Outcome {
    }

    /**
     * Another shop, not confirmed: nothing was changed.
     *
     * @param finding what was compared
     */
    public record DifferentShop(SameShopEvidence.Finding finding) implements Outcome {
    }

    /**
     * Another shop, confirmed: it starts afresh.
     *
     * @param identity         as remembered now
     * @param retiredProducts  product bindings moved to the history
     */
    public record NewShop(ShopIdentity identity, int retiredProducts) implements Outcome {
    }

    private final PluginStateStore state;
    private final SameShopEvidence.RememberedOrders orders;
    private final ShopIdentityStore store;
    private final Clock clock;

    /**
     * @param state  the plugin's state
     * @param orders the order keys the order sync remembered
     * @param clock  the host's clock, for the history
     */
    public ShopIdentityCheck(PluginStateStore state, SameShopEvidence.RememberedOrders orders, Clock clock) {
        this.state = Objects.requireNonNull(state, "state");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.store = new ShopIdentityStore(state);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Judges the shop at an address and remembers the decision.
     *
     * @param uri       the new address
     * @param url       the new address as the settings hold it
     * @param previous  the address stored before this activation, if any (installs that never
     *                  remembered a shop used its address id as source id)
     * @param shop      the shop at the new address
     * @param confirmed whether the user confirmed a different shop
     * @return the decision
     */
    public Outcome verify(URI uri, String url, Optional<URI> previous, ShopRecords shop, boolean confirmed) {
        return verify("woocommerce", uri, url, previous, shop, confirmed);
    }

    /**
     * {@link #verify(URI, String, Optional, ShopRecords, boolean)} for a shop of a given platform: a
     * shop first seen gets a source id named after it ({@code shoprenter:…}). Installs from before
     * the identity was remembered were all WooCommerce, so their previous address keeps its id.
     *
     * @param platform  the shop engine, e.g. {@code shoprenter}
     * @param uri       the new address
     * @param url       the new address as the settings hold it
     * @param previous  the address stored before this activation, if any
     * @param shop      the shop at the new address
     * @param confirmed whether the user confirmed a different shop
     * @return the decision
     */
    public Outcome verify(String platform, URI uri, String url, Optional<URI> previous, ShopRecords shop,
                          boolean confirmed) {
        Optional<ShopIdentity> stored = store.current();
        Optional<ShopIdentity> current = stored.or(() -> previous.map(p -> new ShopIdentity(ShopIdentity.addressId(p),
                p.toString())));
        if (current.isEmpty()) {
            ShopIdentity first = new ShopIdentity(unusedSourceId(platform, uri, Set.of()), url);
            store.remember(first);
            return new FirstShop(first);
        }
        String sourceId = current.get().sourceId();
        SameShopEvidence.Finding finding = new SameShopEvidence(state, orders, shop).compare(sourceId);
        if (finding.verdict() != SameShopEvidence.Verdict.DIFFERENT) {
            ShopIdentity same = new ShopIdentity(sourceId, url);
            store.remember(same);
            return new SameShop(same, !current.get().url().equals(url), finding);
        }
        if (!confirmed) {
            return new DifferentShop(finding);
        }
        int retired = new BindingArchive(state).retire(sourceId);
        store.retire(current.get(), clock.instant());
        ShopIdentity fresh = new ShopIdentity(unusedSourceId(platform, uri, Set.of(sourceId)), url);
        store.remember(fresh);
        return new NewShop(fresh, retired);
    }

    private String unusedSourceId(String platform, URI uri, Set<String> taken) {
        Set<String> used = new HashSet<>(store.retiredSourceIds());
        used.addAll(taken);
        String base = ShopIdentity.addressId(platform, uri);
        String candidate = base;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = base + "~" + n;
        }
        return candidate;
    }
}
