package hu.webshopsync.webshop.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.webshop.fixtures.FakeProductShop;
import hu.webshopsync.webshop.fixtures.FakeStockShop;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.text.Messages;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What the action checks before an audit: a warehouse, and a stock the ERP owns. */
class StockAuditActionTest {

    private final InMemoryHost host = new InMemoryHost();
    private final FakeProductShop shop = new FakeProductShop();
    private final FakeStockShop stock = new FakeStockShop(shop);
    private final StockAuditServices plugin = mock(StockAuditServices.class);

    StockAuditActionTest() {
        when(plugin.messages()).thenReturn(new Messages(Messages.BASE_NAME, getClass().getClassLoader()));
        when(plugin.stockPorts(any(), any())).thenReturn(new StockPorts("shop.test", stock, shop));
        when(plugin.addressVerified(any(), any())).thenReturn(true);
        host.activeModules.add("webshop");
        host.stock.put("KÖZPONT", new HashMap<>());
    }

    private ActionResult run(Map<String, String> settings) {
        Map<String, String> values = new HashMap<>(Map.of("url", "https://bolt.example.hu", "consumerKey", "ck_x"));
        values.putAll(settings);
        host.moduleSettings.put("webshop", new ModuleSettings(values, Map.of("consumerSecret", "cs_x")));
        return new StockAuditAction(plugin).run(host.context(new InMemoryStateStore(), Set.of(), Map.of(),
                new AtomicBoolean()));
    }

    @Test
    void theFixIsAFlagTheConsoleOffersAsACheckbox() {
        assertThat(new StockAuditAction(plugin).flags(java.util.Locale.forLanguageTag("hu")))
                .singleElement().satisfies(f -> {
                    assertThat(f.key()).isEqualTo("fix");
                    assertThat(f.label()).startsWith("javítással");
                });
    }

    @Test
    void withoutAWarehouseThereIsNothingToCompareWith() {
        ActionResult result = run(Map.of());

        assertThat(result.failure()).isEqualTo(FailureKind.SETTINGS_UNUSABLE);
        assertThat(result.message()).contains("(warehouse)");
        assertThat(stock.pagesRead).isZero();
    }

    @Test
    void aStockTheShopOwnsIsNotAudited() {
        ActionResult result = run(Map.of("warehouse", "KÖZPONT", "syncFields", "name,price"));

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("A készletet a bolt kezeli").contains("(syncFields)");
        assertThat(stock.pagesRead).isZero();
    }

    @Test
    void withTheStockOwnedTheAuditRuns() {
        ActionResult result = run(Map.of("warehouse", "KÖZPONT", "syncFields", "price,stock"));

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(stock.pagesRead).isEqualTo(1);
    }
}
