package hu.webshopsync.webshop.stock;

import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.products.ProductSyncAction;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stock audit against the WooCommerce emulator: products synced by Termék szinkron, then edited in
 * the shop by hand over its REST API, as a shop manager would.
 */
class StockAuditEmulatorTest {

    private static final String LIST = "GET /wp-json/wc/v3/products";
    private static final String BATCH = "POST /wp-json/wc/v3/products/batch";

    private final WebshopPlugin plugin = new WebshopPlugin();
    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final HttpClient http = HttpClient.newHttpClient();
    private ShopEmulator shop;

    @BeforeEach
    void start() {
        shop = ShopEmulator.start(EmulatorConfig.defaults());
        host.activeModules.add("webshop");
        host.moduleSettings.put("webshop", new ModuleSettings(new HashMap<>(Map.of("url", shop.baseUrl(),
                "consumerKey", "ck_demo_key", "warehouse", "KÖZPONT")), Map.of("consumerSecret", "cs_demo_secret")));
        host.stock.put("KÖZPONT", new HashMap<>());
        for (int i = 0; i < 130; i++) {
            String sku = String.format("AUD-%03d", i);
            host.add(product(sku, "Termék " + i, "1000", "27", true));
            host.stock.get("KÖZPONT").put(sku, new StockLevel(BigDecimal.valueOf(10 + i % 5), BigDecimal.ONE));
        }
        assertThat(new ProductSyncAction(plugin).run(context(Map.of())).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @AfterEach
    void stop() {
        plugin.stop();
        shop.close();
    }

    private hu.webshopsync.api.ActionContext context(Map<String, String> options) {
        return host.context(state, Set.of(), options, new AtomicBoolean());
    }

    private ActionResult audit(Map<String, String> options) {
        return new StockAuditAction(plugin).run(context(options));
    }

    private long idOf(String sku) {
        return shop.control().snapshot().productsBySku().get(sku).id();
    }

    private void inShop(String method, String path, String json) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("ck_demo_key:cs_demo_secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(shop.baseUrl() + "/wp-json/wc/v3" + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
    }

    @Test
    void findsWhatWasChangedInTheShopAndFixCorrectsExactlyTheDifferences() throws Exception {
        inShop("PUT", "/products/" + idOf("AUD-003"), "{\"stock_quantity\": 99}");
        inShop("PUT", "/products/" + idOf("AUD-064"), "{\"stock_quantity\": 0}");
        inShop("PUT", "/products/" + idOf("AUD-127"), "{\"stock_quantity\": 5, \"name\": \"Kézzel átnevezve\"}");
        inShop("PUT", "/products/" + idOf("AUD-050"), "{\"manage_stock\": false}");
        inShop("DELETE", "/products/" + idOf("AUD-090") + "?force=true", "");
        inShop("POST", "/products", "{\"name\": \"Csak a boltban\", \"sku\": \"BOLT-1\"}");
        ShopSnapshot before = shop.control().snapshot();
        shop.control().resetCounters();

        ActionResult found = audit(Map.of());

        assertThat(found.outcome()).as(found.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(found.items()).filteredOn(l -> l.status() == ItemStatus.STOCK_DIFFERS)
                .extracting(ItemLine::item, ItemLine::reason)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("AUD-003", "bolt: 99, ERP: 12"),
                        org.assertj.core.groups.Tuple.tuple("AUD-064", "bolt: 0, ERP: 13"),
                        org.assertj.core.groups.Tuple.tuple("AUD-127", "bolt: 5, ERP: 11"));
        assertThat(found.counts()).containsEntry(ItemStatus.UNCHANGED, 125).containsEntry(ItemStatus.NOT_MANAGED, 1)
                .containsEntry(ItemStatus.MISSING_IN_SHOP, 1).containsEntry(ItemStatus.UNKNOWN_IN_ERP, 1);
        RequestCounters reads = shop.control().counters();
        assertThat(reads.count(LIST)).isEqualTo(2);
        assertThat(reads.total()).isEqualTo(2);
        assertThat(shop.control().snapshot()).isEqualTo(before);

        shop.control().resetCounters();
        ActionResult fixed = audit(Map.of("fix", "true"));

        assertThat(fixed.counts()).containsEntry(ItemStatus.FIXED, 3).containsEntry(ItemStatus.STOCK_DIFFERS, 0);
        RequestCounters writes = shop.control().counters();
        assertThat(writes.count(BATCH)).isEqualTo(1);
        assertThat(writes.total()).isEqualTo(3);
        ShopSnapshot after = shop.control().snapshot();
        assertThat(after.productsBySku().get("AUD-003").stockQuantity()).isEqualTo(12);
        assertThat(after.productsBySku().get("AUD-064").stockQuantity()).isEqualTo(13);
        assertThat(after.productsBySku().get("AUD-127").stockQuantity()).isEqualTo(11);
        assertThat(after.productsBySku().get("AUD-127").name()).isEqualTo("Kézzel átnevezve");
        assertThat(after.productsBySku().get("AUD-050").manageStock()).isFalse();
        for (ShopSnapshot.Product p : before.products()) {
            if (!Set.of("AUD-003", "AUD-064", "AUD-127").contains(p.sku())) {
                assertThat(after.productsBySku().get(p.sku())).isEqualTo(p);
            }
        }

        ActionResult again = audit(Map.of());
        assertThat(again.counts()).containsEntry(ItemStatus.STOCK_DIFFERS, 0).containsEntry(ItemStatus.UNCHANGED, 128);
    }
}
