package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ItemStatus;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withCategory;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withImage;
import static hu.webshopsync.webshop.fixtures.InMemoryHost.withNote;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.FaultRule;
import hu.webshopsync.emulator.ServerModel;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The product sync, in process, against the WooCommerce emulator speaking plain HTTP with OAuth
 * only (as a real WooCommerce does without TLS).
 */
class ProductSyncEmulatorTest {

    private static final String BATCH = "POST /wp-json/wc/v3/products/batch";
    private static final Path IMAGES = Path.of("src/test/resources/images");

    private final WebshopPlugin plugin = new WebshopPlugin();
    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private ShopEmulator shop;

    @BeforeEach
    void start() {
        start(EmulatorConfig.defaults().withBasicAuthOverHttp(false));
    }

    /** OAuth-only is a plain-HTTP WooCommerce; with Basic allowed it stands for the HTTPS front door. */
    private void start(EmulatorConfig config) {
        if (shop != null) {
            shop.close();
        }
        shop = ShopEmulator.start(config);
        Map<String, String> values = new HashMap<>(Map.of("url", shop.baseUrl(), "consumerKey", "ck_demo_key",
                "wpUser", "shop-admin", "warehouse", "KÖZPONT"));
        host.activeModules.add("webshop");
        host.moduleSettings.put("webshop", new ModuleSettings(values,
                Map.of("consumerSecret", "cs_demo_secret", "wpApplicationPassword", "demo app password")));
        host.stock.put("KÖZPONT", new HashMap<>());
    }

    @AfterEach
    void stop() {
        plugin.stop();
        shop.close();
    }

    private ActionResult sync() {
        return new ProductSyncAction(plugin).run(host.context(state, Set.of(), Map.of(), new AtomicBoolean()));
    }

    private void catalog(int n) {
        for (int i = 0; i < n; i++) {
            String sku = String.format("EMU-%04d", i);
            var p = withCategory(product(sku, "Termék " + i, "1000", "27", true), i % 2 == 0 ? "Ruházat/Pólók" : "Kert");
            if (i == 0) {
                p = withImage(p, IMAGES.resolve("red.png"));
            } else if (i == 1) {
                p = withImage(p, IMAGES.resolve("green.gif"));
            }
            host.add(withNote(p, "Pamut <100%>\nMosható"));
            host.stock.get("KÖZPONT").put(sku, new StockLevel(BigDecimal.valueOf(i % 7), BigDecimal.ONE));
        }
    }

    @Test
    void firstSyncFillsTheShopAndTheRepeatSendsNothing() {
        start(EmulatorConfig.defaults());
        catalog(250);

        ActionResult first = sync();

        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.counts()).containsEntry(ItemStatus.CREATED, 250);
        assertThat(first.items()).filteredOn(l -> !l.status().equals(ItemStatus.CREATED)).singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("GIF"));
        ShopSnapshot snapshot = shop.control().snapshot();
        assertThat(snapshot.products()).hasSize(250);
        ShopSnapshot.Product p0 = snapshot.productsBySku().get("EMU-0000");
        assertThat(p0.regularPrice()).isEqualTo("1270");
        assertThat(p0.status()).isEqualTo("publish");
        assertThat(p0.description()).contains("&lt;100%&gt;").contains("<br>");
        assertThat(p0.imageMediaIds()).as(first.message()).hasSize(1);
        assertThat(p0.categories()).extracting(ShopSnapshot.CategoryRef::name).containsExactly("Pólók");
        assertThat(snapshot.productsBySku().get("EMU-0003").stockQuantity()).isEqualTo(2);
        assertThat(snapshot.categories()).extracting(ShopSnapshot.Category::name)
                .contains("Ruházat", "Pólók", "Kert");
        assertThat(shop.control().counters().count(BATCH)).isEqualTo(3);

        shop.control().resetCounters();
        ActionResult again = sync();

        assertThat(again.counts()).containsEntry(ItemStatus.UNCHANGED, 250);
        assertThat(shop.control().counters().count(BATCH)).isZero();
        assertThat(shop.control().snapshot().products()).hasSize(250);
    }

    /**
     * Issue #18's shop with one PHP worker, 150 ms per product and a 10 s time limit, at a tenth of
     * the scale so it runs in seconds: a batch of 100 takes 1.5 s of a 1 s limit. The sync does
     * not know the limit; PHP stops the first batches part way, and the sync learns from them.
     */
    @Test
    void aShopWhoseTimeLimitStopsBatchesOf100GetsEveryProductOnceAndNoneFails() {
        start(EmulatorConfig.defaults().withServer(new ServerModel(1, 15, 1, 60, 7, 1_000, ServerModel.DEFAULT_QUEUE)));
        host.stock.put("KÖZPONT", new HashMap<>());
        for (int i = 0; i < 300; i++) {
            host.add(product(String.format("SLOW-%04d", i), "Termék " + i, "1000", "27", true));
        }

        ActionResult result = sync();

        assertThat(shop.control().serverLoad().timedOut()).as("batches of 100 pass the limit").isPositive();
        assertThat(result.counts()).as(result.message()).containsEntry(ItemStatus.FAILED, 0);
        assertThat(result.counts().get(ItemStatus.CREATED) + result.counts().get(ItemStatus.UPDATED)).isEqualTo(300);
        assertThat(result.counts()).as("found after the time limit, yet made by this run").containsEntry(ItemStatus.CREATED, 300);
        ShopSnapshot snapshot = shop.control().snapshot();
        assertThat(snapshot.products()).hasSize(300);
        assertThat(snapshot.productsBySku()).hasSize(300);
        assertThat(sync().counts()).containsEntry(ItemStatus.UNCHANGED, 300);
    }

    @Test
    void aBatchWhoseAnswerIsLostMakesNoDuplicates() {
        catalog(120);
        shop.control().addFault(FaultRule.commitThenReset(BATCH).times(1));

        ActionResult result = sync();

        assertThat(result.counts()).containsEntry(ItemStatus.FAILED, 0);
        ShopSnapshot snapshot = shop.control().snapshot();
        assertThat(snapshot.products()).hasSize(120);
        assertThat(snapshot.productsBySku()).hasSize(120);
        assertThat(sync().counts()).containsEntry(ItemStatus.UNCHANGED, 120);
    }

    @Test
    void unmarkedProductGoesToDraft() {
        catalog(3);
        sync();
        host.add(product("EMU-0002", "Termék 2", "1000", "27", false));

        ActionResult result = sync();

        assertThat(result.counts()).containsEntry(ItemStatus.UNPUBLISHED, 1);
        assertThat(shop.control().snapshot().productsBySku().get("EMU-0002").status()).isEqualTo("draft");
    }

    @Test
    void imagesRefusedByWordPressOverPlainHttpCostOneWarningAndTheProductsStillSync() {
        catalog(2);

        ActionResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.CREATED, 2);
        assertThat(result.message()).contains("WordPress").contains("HTTPS");
        assertThat(shop.control().snapshot().productsBySku().get("EMU-0000").imageMediaIds()).isEmpty();
    }

    @Test
    void refusedCredentialsWriteNothing() {
        catalog(3);
        shop.control().setCredentials("ck_demo_key", "cs_other");

        ActionResult result = sync();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).doesNotContain("cs_demo_secret");
        assertThat(shop.control().snapshot().products()).isEmpty();
    }
}
