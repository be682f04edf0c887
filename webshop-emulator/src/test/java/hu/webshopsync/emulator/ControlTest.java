package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlTest {

    private static final String WC = "/wp-json/wc/v3";
    private final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults());
    private final TestHttp http = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");
    private final TestHttp control = new TestHttp(shop.baseUrl());

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void countersByNormalizedRouteIncludingFaultedRequests() throws Exception {
        String body = "{\"name\":\"x\",\"sku\":\"X\"}";
        long id = http.post(WC + "/products", body).json().get("id").asLong();
        http.put(WC + "/products/" + id, "{\"name\":\"y\"}");
        http.put(WC + "/products/" + id, "{\"name\":\"z\"}");
        shop.control().addFault(FaultRule.status("*", 500).times(1));
        http.get(WC + "/products/" + id);
        control.get("/__emulator/counters");
        RequestCounters c = shop.control().counters();
        assertThat(c.count("POST /wp-json/wc/v3/products")).isEqualTo(1);
        assertThat(c.count("PUT /wp-json/wc/v3/products/{id}")).isEqualTo(2);
        assertThat(c.count("GET /wp-json/wc/v3/products/{id}")).as("faulted requests count too").isEqualTo(1);
        assertThat(c.total()).as("control requests do not count").isEqualTo(4);
        assertThat(c.bytesReceived()).isEqualTo(body.length() + 2L * "{\"name\":\"y\"}".length());
        assertThat(c.bytesSent()).isPositive();
        shop.control().resetCounters();
        assertThat(shop.control().counters().total()).isZero();
    }

    @Test
    void httpControlEndpoint() throws Exception {
        http.post(WC + "/products", "{\"name\":\"x\",\"sku\":\"X\"}");
        JsonNode counters = control.get("/__emulator/counters").json();
        assertThat(counters.at("/byRoute/POST \\/wp-json\\/wc\\/v3\\/products".replace("\\/", "~1")).asLong()).isEqualTo(1);
        assertThat(counters.get("total").asLong()).isEqualTo(1);
        assertThat(control.post("/__emulator/counters/reset", null).status()).isEqualTo(200);
        assertThat(control.get("/__emulator/counters").json().get("total").asLong()).isZero();

        JsonNode state = control.get("/__emulator/state").json();
        assertThat(state.at("/productsBySku/X/name").asText()).isEqualTo("x");

        TestHttp.Resp faults = control.post("/__emulator/faults",
                "[{\"route\":\"GET /wp-json/wc/v3/products\",\"kind\":\"status\",\"status\":502,\"times\":1}]");
        assertThat(faults.json().get(0).get("kind").asText()).isEqualTo("status");
        assertThat(http.get(WC + "/products").status()).isEqualTo(502);
        control.post("/__emulator/faults", "{\"route\":\"*\",\"kind\":\"status\",\"status\":504}");
        assertThat(http.get(WC + "/products").status()).isEqualTo(504);
        assertThat(control.delete("/__emulator/faults").status()).isEqualTo(200);
        assertThat(http.get(WC + "/products").status()).isEqualTo(200);

        assertThat(control.post("/__emulator/latency", "{\"fixedMs\":0,\"jitterMs\":0}").status()).isEqualTo(200);
        assertThat(control.post("/__emulator/reset", null).status()).isEqualTo(200);
        assertThat(http.get(WC + "/products").json().size()).isZero();
        long first = http.post(WC + "/orders", "{}").json().get("id").asLong();
        control.post("/__emulator/reset", null);
        assertThat(http.post(WC + "/orders", "{}").json().get("id").asLong()).as("ids start again").isEqualTo(first);
    }

    @Test
    void snapshotCarriesWhatTestsAssertOn() throws Exception {
        long cat = http.post(WC + "/products/categories", "{\"name\":\"Fúrók\"}").json().get("id").asLong();
        long id = http.post(WC + "/products", "{\"name\":\"Fúró\",\"sku\":\"F-1\",\"regular_price\":\"1990\","
                + "\"categories\":[{\"id\":" + cat + "}],\"manage_stock\":true,\"stock_quantity\":3,\"tax_class\":\"reduced-rate\"}")
                .json().get("id").asLong();
        http.post(WC + "/orders", "{\"status\":\"processing\",\"line_items\":[{\"sku\":\"F-1\",\"quantity\":2}]}");
        ShopSnapshot s = shop.control().snapshot();
        ShopSnapshot.Product p = s.productsBySku().get("F-1");
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.categories()).containsExactly(new ShopSnapshot.CategoryRef(cat, "Fúrók"));
        assertThat(p.stockQuantity()).isEqualTo(1);
        assertThat(p.taxClass()).isEqualTo("reduced-rate");
        assertThat(s.orders().get(0).total()).isEqualTo("3980.00");
        assertThat(s.orders().get(0).lineItems().get(0).productId()).isEqualTo(id);
        assertThat(s.notesByOrder().get(s.orders().get(0).id())).extracting(ShopSnapshot.Note::note)
                .anyMatch(n -> n.startsWith("Stock levels reduced: Fúró (F-1) 3&rarr;1"));
        assertThat(shop.control().deleteProduct(id, true)).isTrue();
        assertThat(shop.control().snapshot().productsBySku()).isEmpty();
    }

    @Test
    void taxesAndCouponsWhenTheShopCalculatesTaxes() throws Exception {
        try (ShopEmulator taxed = ShopEmulator.start(EmulatorConfig.defaults().withTaxes(false, true))) {
            TestHttp client = new TestHttp(taxed.baseUrl()).basic("ck_demo_key", "cs_demo_secret");
            client.post(WC + "/products", "{\"name\":\"A\",\"sku\":\"A\",\"regular_price\":\"1000\"}");
            JsonNode o = client.post(WC + "/orders", "{\"line_items\":[{\"sku\":\"A\",\"quantity\":2}],"
                    + "\"shipping_lines\":[{\"method_id\":\"flat_rate\",\"total\":\"100\"}],"
                    + "\"coupon_lines\":[{\"code\":\"TEN\",\"discount\":\"200\"}]}").json();
            assertThat(o.get("discount_total").asText()).isEqualTo("200.00");
            assertThat(o.get("cart_tax").asText()).isEqualTo("486.00");
            assertThat(o.get("shipping_tax").asText()).isEqualTo("27.00");
            assertThat(o.get("total").asText()).isEqualTo("2413.00");
            assertThat(o.at("/tax_lines/0/rate_percent").asInt()).isEqualTo(27);
            JsonNode setting = client.get(WC + "/settings/general/woocommerce_calc_taxes").json();
            assertThat(setting.get("value").asText()).isEqualTo("yes");
        }
    }
}
