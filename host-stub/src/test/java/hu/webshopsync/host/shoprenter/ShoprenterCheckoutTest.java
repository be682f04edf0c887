package hu.webshopsync.host.shoprenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders placed in the Shoprenter emulator over its API, the documented way, as the bench and the tests do. */
class ShoprenterCheckoutTest {

    private static final ShoprenterCheckout.Buyer EVA = new ShoprenterCheckout.Buyer("Éva", "Kiss", "Példa Kft.",
            "kiss.eva@example.hu", "+36 30 123 4567", "12345678-2-42", "Fő utca 1.", "Szeged", "6720");

    private ShopEmulator shop;
    private ShoprenterRest rest;

    @BeforeEach
    void setUp() {
        EmulatorConfig config = EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER).withRateLimit(0);
        shop = ShopEmulator.start(config);
        rest = new ShoprenterRest(shop.baseUrl(), config.shoprenter().apiUser(), config.shoprenter().apiPassword());
        product("KAV-001", "Kávéfőző", "1000", "27");
        product("BOG-002", "Bögre", "2500", "5");
    }

    @AfterEach
    void tearDown() {
        shop.close();
    }

    private void product(String sku, String name, String net, String rate) {
        String taxClass = null;
        for (JsonNode c : rest.get("/taxClassExtend?full=1").path("items")) {
            if (new BigDecimal(c.path("taxRates").path(0).path("rate").asText("0")).compareTo(new BigDecimal(rate)) == 0) {
                taxClass = c.path("id").asText();
            }
        }
        ObjectNode p = rest.json().createObjectNode().put("sku", sku).put("price", net).put("status", "1")
                .put("stock1", "10").put("subtractStock", "1");
        p.putObject("taxClass").put("id", taxClass);
        p.putArray("productDescriptions").addObject().put("name", name).putObject("language")
                .put("id", new ShoprenterCheckout(rest).languageId());
        rest.post("/productExtend", p);
    }

    @Test
    void anOrderIsPlacedWithItsBuyerLinesTotalsAndStatusAndTakesItsStock() {
        long id = new ShoprenterCheckout(rest).place(new ShoprenterCheckout.Order(EVA,
                List.of(new ShoprenterCheckout.Line("KAV-001", 0, 2), new ShoprenterCheckout.Line("BOG-002", 0, 1)),
                ShoprenterCheckout.Payment.CARD));

        ShopSnapshot.Order order = shop.control().snapshot().orders().stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow();
        assertThat(order.status()).isEqualTo("processing");
        assertThat(new BigDecimal(order.total())).isEqualByComparingTo("5165");
        assertThat(new BigDecimal(order.totalTax())).isEqualByComparingTo("665");
        assertThat(order.billingEmail()).isEqualTo("kiss.eva@example.hu");
        assertThat(order.lineItems()).extracting(ShopSnapshot.OrderLine::sku, ShopSnapshot.OrderLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KAV-001", 2),
                        org.assertj.core.groups.Tuple.tuple("BOG-002", 1));
        assertThat(shop.control().snapshot().productsBySku().get("KAV-001").stockQuantity()).isEqualTo(8);
        JsonNode extended = rest.get("/orderExtend?full=1&innerId=" + id).path("items").path(0);
        assertThat(extended.path("paymentLastname").asText()).isEqualTo("Kiss");
        assertThat(extended.path("paymentCompany").asText()).isEqualTo("Példa Kft.");
        assertThat(extended.path("taxNumber").asText()).isEqualTo("12345678-2-42");
        assertThat(extended.path("phone").asText()).isEqualTo("+36 30 123 4567");
    }

    @Test
    void manyOrdersGoInBatchesOfTwoHundredItems() {
        List<ShoprenterCheckout.Order> orders = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            orders.add(new ShoprenterCheckout.Order(EVA, List.of(new ShoprenterCheckout.Line(i % 2 == 0 ? "KAV-001"
                    : "BOG-002", 0, 1)), ShoprenterCheckout.Payment.COD));
        }
        shop.control().resetCounters();

        List<Long> ids = new ShoprenterCheckout(rest).placeAll(orders);

        assertThat(ids).hasSize(250).doesNotHaveDuplicates();
        assertThat(shop.control().snapshot().orders()).hasSize(250);
        // the products looked up; per 200 orders: the orders, their 4 totals and line each, their totals put
        assertThat(shop.control().counters().count("POST /batch")).isEqualTo(1 + (1 + 5 + 1) + (1 + 2 + 1));
        assertThat(shop.control().counters().total()).as(shop.control().counters().byRoute().toString())
                .isEqualTo(12 + 3);
    }

    @Test
    void aProductTheShopDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> new ShoprenterCheckout(rest).place(new ShoprenterCheckout.Order(EVA,
                List.of(new ShoprenterCheckout.Line("NINCS-1", 0, 1)), ShoprenterCheckout.Payment.COD)))
                .hasMessageContaining("NINCS-1");
    }
}
