package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopSnapshot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code syncFields} end to end: an owner who writes names and descriptions in the shop lets the ERP
 * own only price and stock ("Raktár és Ár adatok szinkronja"), through the host's CLI against the
 * emulator.
 */
class SyncFieldsIT {

    static final String SYNC = "webshop.product-sync";
    static final String BATCH = "POST /wp-json/wc/v3/products/batch";
    static final String CATALOG = """
            sku,name,net_price,vat_rate,unit,note,category,stock:KÖZPONT
            KAV-001,Kávéfőző,1000,27,db,Eszpresszó kávéfőző,Háztartás,12
            BOG-002,Bögre,2500,27,db,Kerámia bögre,Háztartás,7
            """;

    @TempDir
    Path dir;

    WebshopScenario s;

    @BeforeEach
    void setUp() {
        s = WebshopScenario.start(dir, EmulatorConfig.defaults());
        s.importCsv("termekek.csv", CATALOG);
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void priceAndStockLeaveTheShopsNameAndDescriptionAlone() {
        s.activate("syncFields=price,stock");
        s.mark("KAV-001", "BOG-002");
        assertThat(s.run(SYNC).count("created")).isEqualTo(2);
        ShopSnapshot.Product created = s.snapshot().productsBySku().get("KAV-001");
        assertThat(created.name()).as("a new product needs a name").isEqualTo("Kávéfőző");
        assertThat(created.description()).isEmpty();
        assertThat(created.categories()).extracting(ShopSnapshot.CategoryRef::name).doesNotContain("Háztartás");
        assertThat(created.regularPrice()).isEqualTo("1270");
        assertThat(created.stockQuantity()).isEqualTo(12);

        s.shopApi().put("/products/" + created.id(),
                Map.of("name", "Kávéfőző „Bella” – olasz", "description", "<p>A bolt saját leírása</p>"));
        s.ok("products", "set", "KAV-001", "name=Kávéfőző új név", "note=Új ERP megjegyzés");
        s.resetCounters();

        WebshopScenario.ActionRun unchanged = s.run(SYNC);

        assertThat(unchanged.count("unchanged")).as(unchanged.printed()).isEqualTo(2);
        assertThat(s.counters().count(BATCH)).as("an ERP name change sends nothing").isZero();

        s.ok("products", "set", "KAV-001", "net_price=2000");
        s.ok("stock", "set", "KAV-001", WebshopScenario.WAREHOUSE, "5");
        WebshopScenario.ActionRun updated = s.run(SYNC);

        assertThat(updated.count("updated")).as(updated.printed()).isEqualTo(1);
        ShopSnapshot.Product after = s.snapshot().productsBySku().get("KAV-001");
        assertThat(after.regularPrice()).isEqualTo("2540");
        assertThat(after.stockQuantity()).isEqualTo(5);
        assertThat(after.name()).isEqualTo("Kávéfőző „Bella” – olasz");
        assertThat(after.description()).isEqualTo("<p>A bolt saját leírása</p>");
    }
}
