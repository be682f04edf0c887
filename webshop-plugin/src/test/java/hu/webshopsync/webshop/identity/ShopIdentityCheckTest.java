package hu.webshopsync.webshop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.Binding;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.orders.OrderKeys;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The identity step of the activation check against a shop that answers from maps: which shop is
 * the same, which is another one, what confirming another one does, and what an install from
 * before the identity was remembered keeps.
 */
class ShopIdentityCheckTest {

    private static final URI OLD = URI.create("http://127.0.0.1:8081");
    private static final URI NEW = URI.create("https://bolt.example.hu");

    private final InMemoryStateStore state = new InMemoryStateStore();
    private final ShopIdentityCheck check = new ShopIdentityCheck(state,
            (sourceId, limit) -> OrderKeys.newest(state, sourceId, limit),
            Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneOffset.UTC));

    /** A shop that knows some orders (id → order key) and products (id → SKU). */
    private static ShopRecords shop(Map<Long, String> orders, Map<Long, String> products) {
        return new ShopRecords() {
            @Override
            public Map<Long, String> orderKeys(Collection<Long> ids) {
                return found(ids, orders);
            }

            @Override
            public Map<Long, String> productSkus(Collection<Long> ids) {
                return found(ids, products);
            }
        };
    }

    private static Map<Long, String> found(Collection<Long> ids, Map<Long, String> known) {
        Map<Long, String> found = new HashMap<>();
        ids.stream().filter(known::containsKey).forEach(id -> found.put(id, known.get(id)));
        return found;
    }

    /** An install from before: orders imported under the old address's id, products bound. */
    private void legacyInstall() {
        String legacy = "woocommerce:127.0.0.1:8081";
        state.saveBindings(List.of(new Binding(OrderKeys.KIND, legacy + "#76", "76", "", "wc_order_aaaaaaaaaaaaa"),
                new Binding(OrderKeys.KIND, legacy + "#77", "77", "", "wc_order_bbbbbbbbbbbbb"),
                new Binding("product", "A-1", "16", "h1", ""), new Binding("media", "A-1", "30", "s1", "")));
    }

    @Test
    void theSameShopAtANewAddressKeepsTheSourceIdAnInstallFromBeforeUsed() {
        legacyInstall();

        ShopIdentityCheck.Outcome outcome = check.verify(NEW, NEW.toString(), Optional.of(OLD),
                shop(Map.of(77L, "wc_order_bbbbbbbbbbbbb"), Map.of()), false);

        assertThat(outcome).isInstanceOf(ShopIdentityCheck.SameShop.class);
        assertThat(((ShopIdentityCheck.SameShop) outcome).moved()).isTrue();
        assertThat(new ShopIdentityStore(state).current()).contains(
                new ShopIdentity("woocommerce:127.0.0.1:8081", NEW.toString()));
        assertThat(state.bindings("product", List.of("A-1"))).containsKey("A-1");
    }

    @Test
    void anotherShopIsRefusedWithoutConfirmationAndNothingChanges() {
        legacyInstall();

        ShopIdentityCheck.Outcome outcome = check.verify(NEW, NEW.toString(), Optional.of(OLD),
                shop(Map.of(77L, "wc_order_zzzzzzzzzzzzz"), Map.of(16L, "A-1")), false);

        assertThat(outcome).isInstanceOf(ShopIdentityCheck.DifferentShop.class);
        assertThat(((ShopIdentityCheck.DifferentShop) outcome).finding().orders()).isEqualTo(2);
        assertThat(new ShopIdentityStore(state).current()).isEmpty();
        assertThat(state.bindings("product", List.of("A-1"))).containsKey("A-1");
    }

    @Test
    void aConfirmedNewShopGetsItsOwnSourceIdAndTheOldBindingsGoToTheHistory() {
        legacyInstall();

        ShopIdentityCheck.Outcome outcome = check.verify(NEW, NEW.toString(), Optional.of(OLD),
                shop(Map.of(), Map.of()), true);

        assertThat(outcome).isInstanceOf(ShopIdentityCheck.NewShop.class);
        assertThat(((ShopIdentityCheck.NewShop) outcome).retiredProducts()).isEqualTo(1);
        ShopIdentityStore store = new ShopIdentityStore(state);
        assertThat(store.current()).contains(new ShopIdentity("woocommerce:bolt.example.hu", NEW.toString()));
        assertThat(store.retiredSourceIds()).containsExactly("woocommerce:127.0.0.1:8081");
        assertThat(state.bindingsAfter("product", null, 10)).isEmpty();
        assertThat(state.bindingsAfter("media", null, 10)).isEmpty();
        assertThat(state.bindingsAfter("old-product", null, 10)).containsExactly(
                new Binding("old-product", "woocommerce:127.0.0.1:8081|A-1", "16", "h1", ""));
        assertThat(state.bindingsAfter("old-media", null, 10)).hasSize(1);
        assertThat(OrderKeys.newest(state, "woocommerce:127.0.0.1:8081", 10)).as("order keys stay where they were")
                .hasSize(2);
    }

    @Test
    void beforeAnyOrderTheBoundProductsTellAndTheirSkuCaseDoesNotMatter() {
        state.saveBindings(List.of(new Binding("product", "A-1", "16", "h1", "")));
        new ShopIdentityStore(state).remember(new ShopIdentity("woocommerce:127.0.0.1:8081", OLD.toString()));

        ShopIdentityCheck.Outcome same = check.verify(NEW, NEW.toString(), Optional.of(OLD),
                shop(Map.of(), Map.of(16L, "a-1")), false);
        ShopIdentityCheck.Outcome other = check.verify(OLD, OLD.toString(), Optional.of(NEW),
                shop(Map.of(), new HashMap<>(Map.of(16L, "B-2"))), false);

        assertThat(same).isInstanceOf(ShopIdentityCheck.SameShop.class);
        assertThat(other).isInstanceOf(ShopIdentityCheck.DifferentShop.class);
    }

    @Test
    void aSyncTrustsOnlyTheAddressTheShopWasVerifiedAt() {
        ShopIdentityStore store = new ShopIdentityStore(state);

        assertThat(store.sourceIdAt(OLD, OLD.toString())).as("an install from before keeps its address id")
                .contains("woocommerce:127.0.0.1:8081");
        assertThat(store.sourceIdAt(NEW, NEW.toString())).as("moved without the check").isEmpty();
    }

    @Test
    void aShoprenterShopFirstSeenIsNamedAfterItsPlatform() {
        URI api = URI.create("https://bolt.api2.myshoprenter.hu/api");

        ShopIdentityCheck.Outcome outcome = check.verify("shoprenter", api, api.toString(), Optional.empty(),
                shop(Map.of(), Map.of()), false);

        assertThat(outcome).isInstanceOfSatisfying(ShopIdentityCheck.FirstShop.class, first ->
                assertThat(first.identity().sourceId()).isEqualTo("shoprenter:bolt.api2.myshoprenter.hu/api"));
        assertThat(new ShopIdentityStore(state).sourceIdAt(api, api.toString()))
                .contains("shoprenter:bolt.api2.myshoprenter.hu/api");
    }
}
