package hu.webshopsync.host.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.Binding;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.HostFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's address changes after products and orders went through it: to another address of
 * the same shop (plain http on one port → https on another, as a shop moving to HTTPS or to another
 * domain name is reached), which must import and create nothing twice, and to a different shop, which must be confirmed
 * with {@code --new-shop} and then starts afresh while the old shop's bindings stay in the state.
 */
class ShopAddressChangeIT {

    private static final String PLUGIN = "webshop-sync";
    private static final int PRODUCTS = 5;

    @TempDir
    Path dir;

    private ReliabilityRig rig;
    private final List<Long> shopOrders = new ArrayList<>();

    @BeforeEach
    void productsAndOrdersWentThroughTheFirstAddress() {
        rig = ReliabilityRig.start(dir, 71);
        rig.importMarkedProducts(PRODUCTS);
        rig.activate();
        assertThat(rig.run("webshop.product-sync").count("created")).isEqualTo(PRODUCTS);
        long product = rig.snapshot().productsBySku().get(ReliabilityRig.sku(1)).id();
        for (int i = 1; i <= 3; i++) {
            shopOrders.add(rig.createOrder(ReliabilityRig.order(product, 1, "Vevő", "Egy" + i,
                    "vevo" + i + "@example.hu")).get("id").asLong());
        }
        assertThat(rig.run("webshop.order-sync").count("imported")).isEqualTo(3);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    /** Activates at an address; the secrets are given again, as a new machine needs; "--…" are flags. */
    private HostFixture.CliRun activateAt(String url, EmulatorConfig config, String... settingsAndFlags) {
        List<String> args = new ArrayList<>(List.of("modules", "activate", "webshop", "--set", "url=" + url,
                "--set", "consumerSecret=" + config.consumerSecret(),
                "--set", "wpApplicationPassword=" + config.wpAppPassword()));
        for (String item : settingsAndFlags) {
            args.addAll(item.startsWith("--") ? List.of(item) : List.of("--set", item));
        }
        return rig.cli(args.toArray(String[]::new));
    }

    private int erpOrders() {
        return rig.json("orders", "list", "--json").size();
    }

    @Test
    void theSameShopMovedToHttpsImportsAndCreatesNothingTwice() throws Exception {
        try (TlsFrontDoor https = TlsFrontDoor.start(dir.resolve("tls"), rig.shop().baseUrl())) {
            String moved = https.url();
            String caFile = "caFile=" + https.certificate();

            HostFixture.CliRun unchecked = activateAt(moved, rig.config(), caFile, "--no-check");
            assertThat(unchecked.exitCode()).as(unchecked.out() + unchecked.err()).isZero();
            ReliabilityRig.ActionRun refused = rig.run("webshop.order-sync");
            assertThat(refused.exitCode()).as("an address set without the check is not trusted").isEqualTo(2);
            assertThat(refused.printed()).contains("ellenőrzés nélkül");
            assertThat(rig.run("webshop.product-sync").exitCode()).isEqualTo(2);

            HostFixture.CliRun checked = activateAt(moved, rig.config(), caFile);
            assertThat(checked.exitCode()).as(checked.out() + checked.err()).isZero();
            assertThat(checked.out()).contains("Ugyanaz a webáruház");

            ReliabilityRig.ActionRun orders = rig.run("webshop.order-sync");
            assertThat(orders.exitCode()).as(orders.printed()).isZero();
            assertThat(orders.count("imported") + orders.count("needs-review")).isZero();
            assertThat(erpOrders()).isEqualTo(3);
            rig.assertEveryShopOrderOnce(shopOrders);

            ReliabilityRig.ActionRun products = rig.run("webshop.product-sync");
            assertThat(products.exitCode()).as(products.printed()).isZero();
            assertThat(products.count("created")).isZero();
            rig.assertNoDuplicateSku();
            assertThat(rig.snapshot().products()).hasSize(PRODUCTS);
        }
    }

    @Test
    void aDifferentShopNeedsNewShopAndThenStartsAfreshKeepingTheOldBindings() {
        EmulatorConfig otherConfig = rig.config().withSeed(72);
        try (ShopEmulator other = ShopEmulator.start(otherConfig)) {
            HostFixture.CliRun refused = activateAt(other.baseUrl(), otherConfig);
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("másik webáruház", "--new-shop");
            assertThat(rig.json("modules", "list", "--json").get(0).get("settings").get("url").asText())
                    .isEqualTo(rig.shop().baseUrl());

            HostFixture.CliRun confirmed = activateAt(other.baseUrl(), otherConfig, "--new-shop");
            assertThat(confirmed.exitCode()).as(confirmed.out() + confirmed.err()).isZero();
            assertThat(confirmed.out()).contains("Új webáruház");

            ReliabilityRig.ActionRun products = rig.run("webshop.product-sync");
            assertThat(products.exitCode()).as(products.printed()).isZero();
            assertThat(products.count("created")).isEqualTo(PRODUCTS);
            assertThat(other.control().snapshot().productsBySku()).hasSize(PRODUCTS);
            assertThat(rig.snapshot().products()).as("the first shop is left alone").hasSize(PRODUCTS);

            long product = other.control().snapshot().productsBySku().get(ReliabilityRig.sku(2)).id();
            long sameIdAsAnImportedOne = rig.createOrderIn(other, otherConfig, ReliabilityRig.order(product, 1,
                    "Másik", "Vevő", "masik@example.hu")).get("id").asLong();
            assertThat(shopOrders).as("both shops count their orders from the same first id")
                    .contains(sameIdAsAnImportedOne);
            ReliabilityRig.ActionRun orders = rig.run("webshop.order-sync");
            assertThat(orders.exitCode()).as(orders.printed()).isZero();
            assertThat(orders.count("imported")).isEqualTo(1);
            assertThat(erpOrders()).isEqualTo(4);

            try (Host host = rig.host().openHost()) {
                List<Binding> kept = host.stateStore(PLUGIN).bindingsAfter("old-product", null, 100);
                assertThat(kept).hasSize(PRODUCTS);
                Set<String> firstShopIds = new HashSet<>();
                rig.snapshot().products().forEach(p -> firstShopIds.add(Long.toString(p.id())));
                assertThat(kept).allSatisfy(b -> assertThat(firstShopIds).contains(b.remoteId()));
            }
        }
    }
}
