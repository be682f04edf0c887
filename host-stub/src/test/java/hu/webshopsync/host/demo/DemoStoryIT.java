package hu.webshopsync.host.demo;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import hu.webshopsync.host.HostFixture.CliRun;
import hu.webshopsync.host.demo.SampleCatalog.SampleProduct;
import hu.webshopsync.host.orders.OrderView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code host-stub demo} end to end, in process, with the packaged plugin: the shop gets the sample
 * products, the customers' orders arrive in the ERP, and the second Termék szinkron leaves the shop
 * with the ERP's stock less what was ordered. Runs in {@code mvn verify} (failsafe).
 */
class DemoStoryIT {

    private static final EmulatorConfig SHOP = EmulatorConfig.defaults();

    @TempDir
    Path dir;

    @Test
    void theStoryFillsTheShopBringsTheOrdersIntoTheErpAndSendsBackOnlyTheStockChange() {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        List<SampleProduct> sample = SampleCatalog.products();
        ShopSnapshot shop;
        // the demo's own emulator stops with it, so this test hands it one through --url to look into afterwards
        try (ShopEmulator emulator = ShopEmulator.start(SHOP)) {
            CliRun run = fixture.run("demo", "--url", emulator.baseUrl(), "--consumer-key", SHOP.consumerKey(),
                    "--consumer-secret", SHOP.consumerSecret(), "--wp-user", SHOP.wpUser(),
                    "--wp-app-password", SHOP.wpAppPassword());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out() + run.err()).doesNotContain(SHOP.consumerSecret())
                    .doesNotContain(SHOP.wpAppPassword());
            shop = emulator.control().snapshot();
        }

        List<String> webshopSkus = sample.stream().filter(SampleProduct::webshop).map(SampleProduct::sku).toList();
        assertThat(shop.productsBySku().keySet())
                .containsExactlyInAnyOrderElementsOf(concat(webshopSkus, ShopCustomers.SHOP_ONLY_SKU));
        assertThat(shop.productsBySku().get("KONY-001").regularPrice()).isEqualTo("11990");
        assertThat(shop.productsBySku().get("KONY-007").categories()).extracting(ShopSnapshot.CategoryRef::name)
                .containsExactly("Sütés");
        assertThat(categoryPath(shop, "Sütés")).isEqualTo("Háztartás/Konyha/Sütés");
        List<Long> jpgImages = shop.productsBySku().get("KONY-001").imageMediaIds();
        assertThat(jpgImages).hasSize(1);
        assertThat(shop.media()).filteredOn(m -> m.id() == jpgImages.get(0))
                .extracting(ShopSnapshot.Media::mimeType).containsExactly("image/jpeg");
        assertThat(shop.productsBySku().get(SampleCatalog.GIF_SKU).imageMediaIds()).isEmpty();
        assertThat(shop.productsBySku().get(SampleCatalog.HTML_NOTE_SKU).description())
                .contains("&lt;b&gt;").doesNotContain("<b>");

        Map<String, Integer> ordered = new HashMap<>();
        shop.orders().forEach(o -> o.lineItems().forEach(l -> ordered.merge(l.sku(), l.quantity(), Integer::sum)));
        // the order its buyer cancelled in the story (#16) gave its stock back in the shop and in the ERP
        Map<String, Integer> kept = new HashMap<>();
        shop.orders().stream().filter(o -> !o.status().equals("cancelled"))
                .forEach(o -> o.lineItems().forEach(l -> kept.merge(l.sku(), l.quantity(), Integer::sum)));
        assertThat(ordered).containsEntry("KERT-004", 10).containsEntry("KONY-002", 2);
        for (SampleProduct p : sample) {
            if (p.webshop()) {
                assertThat(shop.productsBySku().get(p.sku()).stockQuantity()).as(p.sku())
                        .isEqualTo(p.central() - kept.getOrDefault(p.sku(), 0));
            }
        }

        try (Host host = fixture.openHost()) {
            List<OrderView> orders = host.orderListing().all();
            assertThat(orders).hasSize(shop.orders().size()).hasSize(7);
            OrderView giftCard = byShopOrder(orders, shop, ShopCustomers.SHOP_ONLY_SKU);
            assertThat(giftCard.needsReview()).isTrue();
            assertThat(giftCard.reviewReasons()).singleElement().asString().contains(ShopCustomers.SHOP_ONLY_SKU);
            assertThat(orders).filteredOn(o -> o != giftCard).noneMatch(OrderView::needsReview);
            OrderView company = byShopOrder(orders, shop, "KERT-001");
            assertThat(company.customer().taxNumber()).isEqualTo(ShopCustomers.TAX_NUMBER);
            assertThat(company.customer().company()).isEqualTo("Zöldkert Kft.");
            Map<String, Long> ordersByEmail = orders.stream()
                    .collect(Collectors.groupingBy(o -> o.customer().email(), Collectors.counting()));
            assertThat(ordersByEmail).containsEntry("peter.nagy@example.hu", 2L);
            assertThat(orders.stream().filter(o -> "peter.nagy@example.hu".equals(o.customer().email()))
                    .map(o -> o.customer().id()).distinct()).hasSize(1);
            // one order cancelled in the shop, one fulfilled in the ERP and completed in the shop (#16)
            assertThat(orders).filteredOn(o -> o.state() == CustomerOrderState.CANCELLED).singleElement()
                    .satisfies(o -> assertThat(o.cancelReason()).isEqualTo("A boltban visszavonva (cancelled)"));
            assertThat(orders).filteredOn(o -> o.state() == CustomerOrderState.FULFILLED).hasSize(1);
            assertThat(shop.orders()).filteredOn(o -> o.status().equals("completed")).hasSize(1);
        }
    }

    @Test
    void theSameStoryRunsOnTheShoprenterEmulator() {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);

        CliRun run = fixture.run("demo", "--platform", "shoprenter");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("platform=shoprenter").contains("apiPassword=****")
                .doesNotContain(EmulatorConfig.defaults().shoprenter().apiPassword());
        assertThat(run.err()).doesNotContain(EmulatorConfig.defaults().shoprenter().apiPassword());
        try (Host host = fixture.openHost()) {
            List<OrderView> orders = host.orderListing().all();
            assertThat(orders).hasSize(7);
            assertThat(orders).filteredOn(OrderView::needsReview).singleElement()
                    .satisfies(o -> assertThat(o.reviewReasons()).singleElement().asString()
                            .contains(ShopCustomers.SHOP_ONLY_SKU));
            assertThat(orders).filteredOn(o -> ShopCustomers.TAX_NUMBER.equals(o.customer().taxNumber()))
                    .singleElement().satisfies(o -> assertThat(o.customer().company()).isEqualTo("Zöldkert Kft."));
            assertThat(orders.stream().filter(o -> "peter.nagy@example.hu".equals(o.customer().email()))
                    .map(o -> o.customer().id())).hasSize(2).containsOnly(orders.stream()
                    .filter(o -> "peter.nagy@example.hu".equals(o.customer().email())).findFirst().orElseThrow()
                    .customer().id());
            // one order cancelled in the shop, one fulfilled in the ERP and completed in the shop (#16)
            assertThat(orders).filteredOn(o -> o.state() == CustomerOrderState.CANCELLED).singleElement()
                    .satisfies(o -> assertThat(o.cancelReason()).isEqualTo("A boltban visszavonva (cancelled)"));
            assertThat(orders).filteredOn(o -> o.state() == CustomerOrderState.FULFILLED).hasSize(1);
        }
    }

    @Test
    void onItsOwnEmulatorTheDemoSpeaksEnglishWhenAsked() {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);

        CliRun run = fixture.run("--lang", "en", "demo");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Step 1: Create a sample ERP").doesNotContain("lépés");
    }

    @Test
    void aNonEmptyFolderThatIsNotADemoFolderIsNeverWiped() throws Exception {
        HostFixture fixture = HostFixture.withWebshopPlugin(dir);
        Files.createDirectories(fixture.dataDir());
        Path precious = Files.writeString(fixture.dataDir().resolve("konyveles.txt"), "a real ERP's file");

        CliRun run = fixture.run("demo");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(precious).hasContent("a real ERP's file");
        assertThat(fixture.dataDir().resolve(DemoFolder.MARKER)).doesNotExist();
    }

    private static OrderView byShopOrder(List<OrderView> orders, ShopSnapshot shop, String sku) {
        long shopId = shop.orders().stream().filter(o -> o.lineItems().stream().anyMatch(l -> sku.equals(l.sku())))
                .findFirst().orElseThrow().id();
        return orders.stream().filter(o -> o.externalReference().equals(String.valueOf(shopId))).findFirst()
                .orElseThrow();
    }

    private static String categoryPath(ShopSnapshot shop, String name) {
        Map<Long, ShopSnapshot.Category> byId = shop.categories().stream()
                .collect(Collectors.toMap(ShopSnapshot.Category::id, c -> c));
        Optional<ShopSnapshot.Category> category = shop.categories().stream().filter(c -> c.name().equals(name))
                .findFirst();
        String path = "";
        for (ShopSnapshot.Category c = category.orElseThrow(); c != null; c = byId.get(c.parent())) {
            path = path.isEmpty() ? c.name() : c.name() + "/" + path;
        }
        return path;
    }

    private static List<String> concat(List<String> skus, String more) {
        return java.util.stream.Stream.concat(skus.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
