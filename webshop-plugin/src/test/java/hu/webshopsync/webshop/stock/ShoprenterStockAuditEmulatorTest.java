package hu.webshopsync.webshop.stock;

import static hu.webshopsync.webshop.fixtures.InMemoryHost.product;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.StockLevel;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.webshop.WebshopPlugin;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.products.ProductSyncAction;
import hu.webshopsync.webshop.shoprenter.ShoprenterClient;
import hu.webshopsync.webshop.shoprenter.SrAccess;
import hu.webshopsync.webshop.shoprenter.SrCredentials;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stock audit against the Shoprenter emulator: stock1 edited in the shop, found and fixed. */
class ShoprenterStockAuditEmulatorTest {

    private final WebshopPlugin plugin = new WebshopPlugin();
    private final InMemoryHost host = new InMemoryHost();
    private final InMemoryStateStore state = new InMemoryStateStore();
    private ShopEmulator shop;
    private ShoprenterClient admin;

    @BeforeEach
    void start() {
        shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER)
                .withShoprenterCredentials("erp-user", "erp-api-key").withRateLimit(0));
        host.activeModules.add("webshop");
        host.moduleSettings.put("webshop", new ModuleSettings(new HashMap<>(Map.of("platform", "shoprenter",
                "url", shop.baseUrl(), "apiUser", "erp-user", "warehouse", "KÖZPONT", "requestsPerSecond", "50")),
                Map.of("apiPassword", "erp-api-key")));
        host.stock.put("KÖZPONT", new HashMap<>());
        for (int i = 0; i < 5; i++) {
            String sku = String.format("AUD-%03d", i);
            host.add(product(sku, "Termék " + i, "1000", "27", true));
            host.stock.get("KÖZPONT").put(sku, new StockLevel(BigDecimal.valueOf(10 + i), BigDecimal.ONE));
        }
        assertThat(new ProductSyncAction(plugin).run(context(Map.of())).outcome()).isEqualTo(Outcome.SUCCESS);
        admin = ShoprenterClient.open(SrAccess.of(URI.create(shop.baseUrl()),
                new SrCredentials.Basic("erp-user", "erp-api-key")), JsonMapper.builder().build());
    }

    @AfterEach
    void stop() {
        plugin.stop();
        shop.close();
    }

    private hu.webshopsync.api.ActionContext context(Map<String, String> options) {
        return host.context(state, Set.of(), options, new AtomicBoolean());
    }

    /** As a shop manager would: the product's stock1 set by hand. */
    private void setStockInShop(String sku, int stock) {
        JsonNode found = admin.get(ShoprenterClient.path("products", Map.of("sku", sku)) + "&full=1");
        String id = found.get("items").get(0).get("id").asText();
        admin.put("productExtend/" + id, Map.of("stock1", String.valueOf(stock)));
    }

    @Test
    void findsAStockChangedInTheShopAndTheFixSetsItBack() {
        setStockInShop("AUD-003", 99);

        ActionResult found = new StockAuditAction(plugin).run(context(Map.of()));

        assertThat(found.outcome()).as(found.message()).isEqualTo(Outcome.SUCCESS);
        assertThat(found.items()).filteredOn(l -> l.status() == ItemStatus.STOCK_DIFFERS)
                .extracting(ItemLine::item, ItemLine::reason).containsExactly(Tuple.tuple("AUD-003", "bolt: 99, ERP: 12"));
        assertThat(found.counts()).containsEntry(ItemStatus.UNCHANGED, 4);

        ActionResult fixed = new StockAuditAction(plugin).run(context(Map.of("fix", "true")));

        assertThat(fixed.counts()).containsEntry(ItemStatus.FIXED, 1);
        assertThat(shop.control().snapshot().productsBySku().get("AUD-003").stockQuantity()).isEqualTo(12);
    }
}
