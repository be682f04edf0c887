package hu.webshopsync.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hu.webshopsync.emulator.RequestCounters;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.shops.ShopPlatform;
import hu.webshopsync.host.shops.ShopRoutes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * <b>Termék szinkron</b> end to end: a CSV imported into the ERP, the webshop module activated with its
 * live check, products ticked Webáruházas, {@code run webshop.product-sync} through the host's CLI, and
 * the shop's resulting state read from the emulator, on every platform the plugin serves. Needs the
 * packaged plugin (failsafe, {@code verify}).
 */
@ParameterizedClass(name = "{0}")
@MethodSource("hu.webshopsync.host.shops.ShopPlatforms#all")
class ProductSyncIT {

    static final String ACTION = "webshop.product-sync";
    private static final String WITH_THE_SHOPS_LIMIT = "theFirstSyncCreatesExactlyTheMarkedProductsWithTheirFields";

    /** Net prices, four VAT codes, a note with accents, markup and a line break, a nested category. */
    static final String CATALOG = """
            sku,name,net_price,vat_rate,unit,note,category,image,stock:KÖZPONT
            KAV-001,Kávéfőző „Bella”,1000,27,db,"Árvíztűrő tükörfúrógép <b>erős</b> & szép
            második sor",Háztartás/Konyha,blue.jpg,12
            BOG-002,Bögre,2500,5,db,Egyszerű kerámia bögre,Háztartás,red.png,7
            TEA-003,Teakeverék,800,18,csomag,,Élelmiszer,,3
            KÖN-004,Szakácskönyv,1200,AAM,db,,Könyvek,,0
            NEM-005,Nem eladó,500,27,db,raktári tétel,Háztartás,,40
            """;

    @Parameter
    ShopPlatform platform;

    @TempDir
    Path dir;

    SharedWooCommerce shared;
    WebshopScenario s;

    @BeforeEach
    void setUp(TestInfo test) {
        shared = SharedWooCommerce.locate();
        shared.copyImage("blue.jpg", dir.resolve("blue.jpg"));
        shared.copyImage("red.png", dir.resolve("red.png"));
        shared.copyImage("green.gif", dir.resolve("green.gif"));
        // the first sync meets the shop's own request limit (Shoprenter's 3 a second); the other cases lift it
        boolean limited = test.getTestMethod().map(m -> m.getName().equals(WITH_THE_SHOPS_LIMIT)).orElse(false);
        s = WebshopScenario.start(dir, platform, limited ? platform.config(42).withRateLimit(3) : platform.config(42));
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private void catalogActivatedAndMarked() {
        s.importCsv("termekek.csv", CATALOG);
        s.activate();
        s.mark("KAV-001", "BOG-002", "TEA-003", "KÖN-004");
    }

    @Test
    void theFirstSyncCreatesExactlyTheMarkedProductsWithTheirFields() throws Exception {
        catalogActivatedAndMarked();

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.outcome()).isEqualTo("SUCCESS");
        assertThat(run.printed()).as("the shop's limit never reaches the report").doesNotContain("429");
        assertThat(run.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo("created"));
        assertThat(run.count("created")).isEqualTo(4);
        ShopSnapshot shop = s.snapshot();
        assertThat(shop.products()).extracting(ShopSnapshot.Product::sku)
                .containsExactlyInAnyOrder("KAV-001", "BOG-002", "TEA-003", "KÖN-004");

        ShopSnapshot.Product kave = shop.productsBySku().get("KAV-001");
        assertThat(kave.name()).isEqualTo("Kávéfőző „Bella”");
        assertThat(kave.regularPrice()).isEqualTo(s.price("1000", "27"));
        assertThat(kave.status()).isEqualTo("publish");
        assertThat(kave.manageStock()).isTrue();
        assertThat(kave.stockQuantity()).isEqualTo(12);
        // the note is text: its markup is escaped, its line break kept as one
        assertThat(kave.description()).contains("Árvíztűrő tükörfúrógép &lt;b&gt;erős&lt;/b&gt; &amp; szép")
                .doesNotContain("<b>").containsPattern("szép<br\\s*/?>\\s*második sor");
        assertThat(shop.productsBySku().get("BOG-002").regularPrice()).isEqualTo(s.price("2500", "5"));
        assertThat(shop.productsBySku().get("TEA-003").regularPrice()).isEqualTo(s.price("800", "18"));
        assertThat(shop.productsBySku().get("KÖN-004").regularPrice()).isEqualTo(s.price("1200", "0"));
        assertThat(shop.productsBySku().get("KÖN-004").stockQuantity()).isZero();
        assertThat(shop.products()).allSatisfy(p -> assertThat(p.status()).isEqualTo("publish"));

        ShopSnapshot.Category haztartas = onlyCategory(shop, "Háztartás");
        ShopSnapshot.Category konyha = onlyCategory(shop, "Konyha");
        assertThat(haztartas.parent()).isZero();
        assertThat(konyha.parent()).isEqualTo(haztartas.id());
        assertThat(kave.categories()).extracting(ShopSnapshot.CategoryRef::id).containsExactly(konyha.id());
        assertThat(shop.productsBySku().get("BOG-002").categories()).extracting(ShopSnapshot.CategoryRef::id)
                .containsExactly(haztartas.id());
        assertThat(shop.productsBySku().get("TEA-003").categories()).extracting(ShopSnapshot.CategoryRef::name)
                .containsExactly("Élelmiszer");

        assertThat(kave.imageMediaIds()).hasSize(1);
        assertThat(media(shop, kave.imageMediaIds().get(0)).sha256()).isEqualTo(sha256(dir.resolve("blue.jpg")));
        ShopSnapshot.Product bogre = shop.productsBySku().get("BOG-002");
        assertThat(bogre.imageMediaIds()).hasSize(1);
        assertThat(media(shop, bogre.imageMediaIds().get(0)).sha256()).isEqualTo(sha256(dir.resolve("red.png")));
        assertThat(shop.media()).hasSize(2);
        assertThat(shop.productsBySku().get("TEA-003").imageMediaIds()).isEmpty();
    }

    @Test
    void aSecondSyncWritesNothing() {
        catalogActivatedAndMarked();
        assertThat(s.run(ACTION).exitCode()).isZero();
        s.resetCounters();

        WebshopScenario.ActionRun again = s.run(ACTION);

        assertThat(again.exitCode()).as(again.printed()).isZero();
        assertThat(again.count("unchanged")).isEqualTo(4);
        assertNoWrites(s.counters(), s.routes());
    }

    @Test
    void onePriceChangeUpdatesExactlyThatProduct() throws Exception {
        catalogActivatedAndMarked();
        assertThat(s.run(ACTION).exitCode()).isZero();
        ShopSnapshot before = s.snapshot();
        // the shop's modification dates have second precision: move its clock past this one
        s.shop().clock().advance(Duration.ofSeconds(1));
        s.importCsv("ar.csv", "sku,name,net_price,vat_rate\nBOG-002,Bögre,3000,5\n");
        s.resetCounters();

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.count("updated")).isEqualTo(1);
        assertThat(run.count("unchanged")).isEqualTo(3);
        RequestCounters counters = s.counters();
        assertThat(counters.count(s.routes().productWrite())).isEqualTo(s.platform().productWriteRequests(1));
        assertThat(counters.count(s.routes().productUpdateOne())).isZero();
        assertThat(counters.count(s.routes().mediaUpload())).isZero();
        ShopSnapshot after = s.snapshot();
        assertThat(after.productsBySku().get("BOG-002").regularPrice()).isEqualTo(s.price("3000", "5"));
        for (String sku : List.of("KAV-001", "TEA-003", "KÖN-004")) {
            assertThat(after.productsBySku().get(sku)).as(sku).isEqualTo(before.productsBySku().get(sku));
        }
        assertThat(after.productsBySku().get("BOG-002").dateModifiedGmt())
                .isNotEqualTo(before.productsBySku().get("BOG-002").dateModifiedGmt());
    }

    @Test
    void anUnmarkedProductBecomesADraft() {
        catalogActivatedAndMarked();
        assertThat(s.run(ACTION).exitCode()).isZero();
        s.ok("products", "set", "TEA-003", "webshop=false");

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.count("unpublished")).isEqualTo(1);
        ShopSnapshot shop = s.snapshot();
        assertThat(shop.productsBySku().get("TEA-003").status()).isEqualTo("draft");
        assertThat(shop.products()).filteredOn(p -> !p.sku().equals("TEA-003"))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo("publish"));
        assertThat(shop.products()).hasSize(4);
    }

    @Test
    void aChangedImageIsUploadedOnceMore() throws Exception {
        catalogActivatedAndMarked();
        assertThat(s.run(ACTION).exitCode()).isZero();
        long oldMedia = s.snapshot().productsBySku().get("KAV-001").imageMediaIds().get(0);
        // the shop owner saves another picture under the same file name
        Files.write(dir.resolve("blue.jpg"), Files.readAllBytes(shared.image("red.png")));
        s.resetCounters();

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(s.counters().count(s.routes().mediaUpload())).isEqualTo(1);
        assertThat(run.count("updated")).isEqualTo(1);
        ShopSnapshot shop = s.snapshot();
        List<Long> images = shop.productsBySku().get("KAV-001").imageMediaIds();
        assertThat(images).hasSize(1).doesNotContain(oldMedia);
        assertThat(media(shop, images.get(0)).sha256()).isEqualTo(sha256(shared.image("red.png")));

        s.resetCounters();
        assertThat(s.run(ACTION).count("unchanged")).isEqualTo(4);
        assertNoWrites(s.counters(), s.routes());
    }

    @Test
    void aGifIsReportedWithItsSkuAndReasonAndTheProductStillSyncs() {
        s.importCsv("termekek.csv", CATALOG + "GIF-006,Zöld sál,2000,27,db,,Ruházat,green.gif,5\n");
        s.activate();
        s.mark("KAV-001", "GIF-006");

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.count("created")).isEqualTo(2);
        List<WebshopScenario.ActionRun.Item> gif = run.itemsFor("GIF-006").stream()
                .filter(i -> !i.status().equals("created")).toList();
        assertThat(gif).as(run.items().toString()).hasSize(1);
        assertThat(gif.get(0).status()).isIn("warning", "skipped");
        assertThat(gif.get(0).reason()).contains("green.gif").contains("GIF");
        ShopSnapshot shop = s.snapshot();
        ShopSnapshot.Product sal = shop.productsBySku().get("GIF-006");
        assertThat(sal).isNotNull();
        assertThat(sal.status()).isEqualTo("publish");
        assertThat(sal.regularPrice()).isEqualTo(s.price("2000", "27"));
        assertThat(sal.imageMediaIds()).isEmpty();
        assertThat(shop.media()).hasSize(1);
    }

    @Test
    void productsAlreadyInTheShopAreAdoptedNotDuplicated() {
        long kave = s.createProductInShop("KAV-001", "Régi kávéfőző", "999");
        // a shop whose database compares SKUs case-insensitively has the product under another case
        long bogre = s.createProductInShop(platform.skusIgnoreCase() ? "bog-002" : "BOG-002", "bögre (kézzel)", "1");
        catalogActivatedAndMarked();

        WebshopScenario.ActionRun run = s.run(ACTION);

        assertThat(run.exitCode()).as(run.printed()).isZero();
        assertThat(run.count("created")).isEqualTo(2);
        assertThat(run.count("updated")).isEqualTo(2);
        ShopSnapshot shop = s.snapshot();
        assertThat(shop.products()).hasSize(4);
        for (String sku : List.of("KAV-001", "BOG-002", "TEA-003", "KÖN-004")) {
            assertThat(shop.products()).as(sku).filteredOn(p -> p.sku().equalsIgnoreCase(sku)).hasSize(1);
        }
        ShopSnapshot.Product adopted = shop.products().stream().filter(p -> p.id() == kave).findFirst().orElseThrow();
        assertThat(adopted.regularPrice()).isEqualTo(s.price("1000", "27"));
        assertThat(adopted.name()).isEqualTo("Kávéfőző „Bella”");
        ShopSnapshot.Product adoptedLower = shop.products().stream().filter(p -> p.id() == bogre).findFirst()
                .orElseThrow();
        assertThat(adoptedLower.regularPrice()).isEqualTo(s.price("2500", "5"));

        s.resetCounters();
        assertThat(s.run(ACTION).count("unchanged")).isEqualTo(4);
        assertNoWrites(s.counters(), s.routes());
    }

    @Test
    void theErpShowsTheMarkedProductsAsTheShopGotThem() {
        catalogActivatedAndMarked();
        s.run(ACTION);

        JsonNode kave = s.product("KAV-001");

        assertThat(kave.get("fields").get("webshop").asText()).isEqualTo("true");
        assertThat(kave.get("grossPrice").asText()).startsWith("1270");
        assertThat(s.snapshot().productsBySku().get("KAV-001").regularPrice()).isEqualTo(s.price("1000", "27"));
        assertThat(Optional.ofNullable(s.product("NEM-005").get("fields").get("webshop"))
                .map(JsonNode::asText).orElse("")).isNotEqualTo("true");
        assertThat(s.snapshot().productsBySku()).doesNotContainKey("NEM-005");
    }

    static void assertNoWrites(RequestCounters counters, ShopRoutes routes) {
        assertThat(counters.count(routes.productWrite())).as("product batch writes").isZero();
        assertThat(counters.count(routes.productUpdateOne())).as("single product updates").isZero();
        assertThat(counters.count(routes.productCreateOne())).as("single product creates").isZero();
        assertThat(counters.count(routes.mediaUpload())).as("media uploads").isZero();
        assertThat(counters.byRoute().keySet()).as("write requests")
                .noneMatch(route -> route.startsWith("POST ") || route.startsWith("PUT ")
                        || route.startsWith("PATCH ") || route.startsWith("DELETE "));
    }

    private static ShopSnapshot.Category onlyCategory(ShopSnapshot shop, String name) {
        List<ShopSnapshot.Category> found = shop.categories().stream().filter(c -> c.name().equals(name)).toList();
        assertThat(found).as("categories named " + name).hasSize(1);
        return found.get(0);
    }

    private static ShopSnapshot.Media media(ShopSnapshot shop, long id) {
        return shop.media().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no media " + id));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
