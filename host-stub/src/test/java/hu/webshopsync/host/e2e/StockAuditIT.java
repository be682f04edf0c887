package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ShopSnapshot;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * <b>Készlet ellenőrzés</b> end to end: products synced to the shop by Termék szinkron, their stock
 * then changed in the shop directly through its REST API, {@code run webshop.stock-audit} through the
 * host's CLI to find the differences, and {@code --option fix=true} to correct exactly those.
 */
class StockAuditIT {

    static final String ACTION = "webshop.stock-audit";
    static final String LIST = "GET /wp-json/wc/v3/products";
    static final String BATCH = "POST /wp-json/wc/v3/products/batch";

    /** Stock on hand in KÖZPONT; the shop gets it minus nothing reserved. */
    static final String CATALOG = """
            sku,name,net_price,vat_rate,unit,note,stock:KÖZPONT
            KAV-001,Kávéfőző,1000,27,db,Eszpresszó kávéfőző,12
            BOG-002,Bögre,2500,5,db,Kerámia bögre,7
            TEA-003,Teakeverék,800,18,csomag,Gyümölcstea,3
            KÖN-004,Szakácskönyv,1200,27,db,Magyar konyha,9
            SAL-005,Sálas,1500,27,db,Gyapjú sál,4
            """;
    static final Set<String> PLANTED = Set.of("BOG-002", "TEA-003", "KÖN-004");

    @TempDir
    Path dir;

    WebshopScenario s;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, EmulatorConfig.defaults());
        s.importCsv("termekek.csv", CATALOG);
        s.activate();
        s.mark("KAV-001", "BOG-002", "TEA-003", "KÖN-004", "SAL-005");
        assertThat(s.run("webshop.product-sync").outcome()).isEqualTo("SUCCESS");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private void stockInShop(String sku, int quantity) {
        long id = s.snapshot().productsBySku().get(sku).id();
        s.shopApi().put("/products/" + id, Map.of("stock_quantity", quantity));
    }

    @Test
    void theAuditFindsThePlantedDifferencesAndTheFixCorrectsExactlyThose() {
        stockInShop("BOG-002", 70);
        stockInShop("TEA-003", 0);
        stockInShop("KÖN-004", 8);
        ShopSnapshot planted = s.snapshot();
        s.resetCounters();

        WebshopScenario.ActionRun audit = s.run(ACTION);

        assertThat(audit.exitCode()).as(audit.printed()).isZero();
        assertThat(audit.outcome()).isEqualTo("SUCCESS");
        assertThat(audit.count("stock-differs")).isEqualTo(3);
        assertThat(audit.count("unchanged")).isEqualTo(2);
        assertThat(audit.itemsFor("BOG-002")).singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("bolt: 70, ERP: 7"));
        assertThat(audit.itemsFor("TEA-003")).singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("bolt: 0, ERP: 3"));
        assertThat(audit.itemsFor("KÖN-004")).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo("stock-differs"));
        assertThat(audit.printed()).contains("eltér").contains("fix=true");
        RequestCounters reads = s.counters();
        assertThat(reads.count(LIST)).isEqualTo(1);
        assertThat(reads.total()).as("reads only").isEqualTo(1);
        assertThat(s.snapshot()).isEqualTo(planted);

        s.resetCounters();
        WebshopScenario.ActionRun fix = s.run(ACTION, "--option", "fix=true");

        assertThat(fix.exitCode()).as(fix.printed()).isZero();
        assertThat(fix.count("fixed")).isEqualTo(3);
        assertThat(fix.items()).extracting(WebshopScenario.ActionRun.Item::item)
                .containsExactlyInAnyOrderElementsOf(PLANTED);
        RequestCounters writes = s.counters();
        assertThat(writes.count(BATCH)).isEqualTo(1);
        assertThat(writes.total()).as("one page read, one batch written").isEqualTo(2);
        ShopSnapshot fixed = s.snapshot();
        assertThat(fixed.productsBySku().get("BOG-002").stockQuantity()).isEqualTo(7);
        assertThat(fixed.productsBySku().get("TEA-003").stockQuantity()).isEqualTo(3);
        assertThat(fixed.productsBySku().get("KÖN-004").stockQuantity()).isEqualTo(9);
        for (ShopSnapshot.Product before : planted.products()) {
            ShopSnapshot.Product after = fixed.productsBySku().get(before.sku());
            if (PLANTED.contains(before.sku())) {
                assertThat(after.name()).isEqualTo(before.name());
                assertThat(after.regularPrice()).isEqualTo(before.regularPrice());
                assertThat(after.description()).isEqualTo(before.description());
            } else {
                assertThat(after).isEqualTo(before);
            }
        }

        s.resetCounters();
        assertThat(s.run("webshop.product-sync").count("unchanged")).as("the sync's hashes still hold").isEqualTo(5);
        assertThat(s.counters().count(BATCH)).isZero();
        assertThat(s.run(ACTION).count("stock-differs")).isZero();
    }
}
