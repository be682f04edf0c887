package hu.webshopsync.webshop.products;

import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withCategory;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withImage;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withNote;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real product sync, in process, against the Shoprenter emulator with Shoprenter's own rate
 * limit of 3 requests a second: what lands in the shop, what a repeat sends, images, nested
 * categories, taking a product off sale, and throttling that never reaches the report.
 */
class ShoprenterProductSyncEmulatorTest {

    private static final Path IMAGES = Path.of("src/test/resources/images");
    private static final String BATCH = "POST /batch";
    private static final String FILES = "POST /files";

    private final WebshopPlugin plugin = new WebshopPlugin();
    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private ShopEmulator shop;

    private void start(int shopLimit) {
        shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER)
                .withShoprenterCredentials("erp-user", "erp-api-key").withRateLimit(shopLimit));
        Map<String, String> values = new HashMap<>(Map.of("platform", "shoprenter", "url", shop.baseUrl(),
                "apiUser", "erp-user", "warehouse", "KÖZPONT"));
        host.activeModules.add("webshop");
        host.moduleSettings.put("webshop", new ModuleSettings(values, Map.of("apiPassword", "erp-api-key")));
        host.stock.put("KÖZPONT", new HashMap<>());
    }

    @AfterEach
    void stop() {
        plugin.stop();
        if (shop != null) {
            shop.close();
        }
    }

    private ActionResult sync() {
        return new ProductSyncAction(plugin).run(host.context(state, Set.of(), Map.of(), new AtomicBoolean()));
    }

    private void catalog(int n) {
        for (int i = 0; i < n; i++) {
            String sku = String.format("SR-%03d", i);
            var p = withCategory(product(sku, "Termék " + i, "1000", i % 3 == 0 ? "18" : "27", true),
                    i % 2 == 0 ? "Szerszám/Fúrógép/Akkus" : "Kert");
            if (i < 3) {
                // two products share one picture: one file in the shop
                p = withImage(p, IMAGES.resolve(i == 1 ? "red.png" : "blue.jpg"));
            }
            host.add(withNote(p, "Pamut <100%>\nMosható"));
            host.stock.get("KÖZPONT").put(sku, new StockLevel(BigDecimal.valueOf(i % 7), BigDecimal.ONE));
        }
    }

    @Test
    void firstSyncFillsTheShopAndTheRepeatSendsNothing() {
        start(3);
        catalog(12);

        ActionResult first = sync();

        assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.counts()).containsEntry(ItemStatus.CREATED, 12).containsEntry(ItemStatus.FAILED, 0);
        ShopSnapshot snapshot = shop.control().snapshot();
        assertThat(snapshot.products()).hasSize(12);
        ShopSnapshot.Product p0 = snapshot.productsBySku().get("SR-000");
        ShopSnapshot.Product p1 = snapshot.productsBySku().get("SR-001");
        assertThat(p0.regularPrice()).isEqualTo("1000.0000");
        assertThat(p0.taxClass()).isEqualTo("18 %");
        assertThat(p1.taxClass()).isEqualTo("27 %");
        assertThat(p0.name()).isEqualTo("Termék 0");
        assertThat(p0.status()).isEqualTo("publish");
        assertThat(p0.description()).contains("&lt;100%&gt;");
        assertThat(snapshot.productsBySku().get("SR-003").stockQuantity()).isEqualTo(2);
        assertThat(snapshot.productsBySku().get("SR-003").manageStock()).isTrue();
        assertThat(p0.categories()).extracting(ShopSnapshot.CategoryRef::name).containsExactly("Akkus");
        Map<String, ShopSnapshot.Category> categories = new HashMap<>();
        snapshot.categories().forEach(c -> categories.put(c.name(), c));
        assertThat(categories).containsKeys("Szerszám", "Fúrógép", "Akkus", "Kert").hasSize(4);
        assertThat(categories.get("Akkus").parent()).isEqualTo(categories.get("Fúrógép").id());
        assertThat(categories.get("Fúrógép").parent()).isEqualTo(categories.get("Szerszám").id());
        assertThat(categories.get("Szerszám").parent()).isZero();
        assertThat(p0.imageMediaIds()).hasSize(1);
        assertThat(snapshot.productsBySku().get("SR-002").imageMediaIds()).isEqualTo(p0.imageMediaIds());
        assertThat(p1.imageMediaIds()).hasSize(1).isNotEqualTo(p0.imageMediaIds());
        assertThat(snapshot.media()).hasSize(2);
        assertThat(shop.control().counters().count(FILES)).isEqualTo(2);

        shop.control().resetCounters();
        ActionResult again = sync();

        assertThat(again.counts()).containsEntry(ItemStatus.UNCHANGED, 12);
        assertThat(shop.control().counters().count(BATCH)).isZero();
        assertThat(shop.control().counters().count(FILES)).isZero();
    }

    @Test
    void aChangedPriceIsUpdatedAndAnUnmarkedProductGoesToStatusZeroNeverDeleted() {
        start(3);
        catalog(3);
        sync();
        host.add(product("SR-001", "Termék 1", "1000", "27", false));
        host.add(withCategory(product("SR-002", "Termék 2", "1234.5", "18", true), "Szerszám/Fúrógép/Akkus"));

        ActionResult result = sync();

        assertThat(result.counts()).as(result.message()).containsEntry(ItemStatus.UNPUBLISHED, 1)
                .containsEntry(ItemStatus.UPDATED, 1);
        ShopSnapshot snapshot = shop.control().snapshot();
        assertThat(snapshot.products()).hasSize(3);
        assertThat(snapshot.productsBySku().get("SR-001").status()).isEqualTo("draft");
        assertThat(snapshot.productsBySku().get("SR-002").regularPrice()).isEqualTo("1234.5000");
        assertThat(snapshot.productsBySku().get("SR-002").taxClass()).isEqualTo("18 %");
        assertThat(result.items()).filteredOn(l -> l.item().equals("SR-002")).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("27 % → 18 %"));
    }

    @Test
    void aShopStricterThanItsDocumentedLimitThrottlesButNoProductFails() {
        start(2);
        catalog(4);

        ActionResult result = sync();

        assertThat(result.outcome()).as(result.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.CREATED, 4).containsEntry(ItemStatus.FAILED, 0);
        assertThat(result.message()).doesNotContain("429");
        assertThat(shop.control().snapshot().products()).hasSize(4);
    }
}
