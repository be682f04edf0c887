package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A shop on a clock that stands still, with helpers to stock products and place orders over REST. */
final class OrderFixture implements AutoCloseable {

    static final String WC = "/wp-json/wc/v3";

    final ShopClock clock = ShopClock.startingAt(Instant.parse("2026-11-27T22:00:00Z"));
    final ShopEmulator shop = ShopEmulator.start(EmulatorConfig.defaults(), clock);
    final TestHttp http = new TestHttp(shop.baseUrl()).basic("ck_demo_key", "cs_demo_secret");

    /** A published product with managed stock. */
    long product(String sku, String price, int stock) throws IOException {
        TestHttp.Resp r = http.post(WC + "/products", "{\"name\":\"P " + sku + "\",\"sku\":\"" + sku
                + "\",\"regular_price\":\"" + price + "\",\"manage_stock\":true,\"stock_quantity\":" + stock + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** An order with one line per {@code productId, quantity} pair, paid by cash on delivery. */
    JsonNode order(String status, long... productAndQuantity) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < productAndQuantity.length; i += 2) {
            lines.append(i == 0 ? "" : ",").append("{\"product_id\":").append(productAndQuantity[i])
                    .append(",\"quantity\":").append(productAndQuantity[i + 1]).append('}');
        }
        TestHttp.Resp r = http.post(WC + "/orders", "{\"status\":\"" + status + "\",\"payment_method\":\"cod\","
                + "\"line_items\":[" + lines + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode put(long orderId, String json) throws IOException {
        TestHttp.Resp r = http.put(WC + "/orders/" + orderId, json);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    int stock(long productId) throws IOException {
        return http.get(WC + "/products/" + productId).json().get("stock_quantity").asInt();
    }

    JsonNode notes(long orderId) throws IOException {
        return http.get(WC + "/orders/" + orderId + "/notes").json();
    }

    @Override
    public void close() {
        shop.close();
    }
}
