package hu.webshopsync.webshop.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.VatRate;
import hu.webshopsync.webshop.fixtures.OrderCaptures;
import hu.webshopsync.webshop.woocommerce.WooOrderReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Fixtures: the captured orders under {@code src/test/resources/orders/}, and values built from them. */
final class TestOrders {

    /** The plugin's own mapper, so tests read JSON exactly as the plugin does. */
    static final ObjectMapper MAPPER = OrderCaptures.MAPPER;
    static final String SOURCE = "woocommerce:127.0.0.1:8081";
    // the import note on, as most tests here check it; it is off by default (OrderSyncSettingsTest)
    static final OrderSyncSettings DEFAULTS = OrderSyncSettings.from(
            new ModuleSettings(Map.of("orderNoteEnabled", "true"), Map.of()), "KÖZPONT");
    static final OrderMessages HU = new OrderMessages(Locale.forLanguageTag("hu"));
    static final OrderMessages EN = new OrderMessages(Locale.ENGLISH);

    private TestOrders() {
    }

    static ObjectNode json(String name) {
        return OrderCaptures.json(name);
    }

    static String text(String name) {
        return OrderCaptures.text(name);
    }

    static ShopOrder order(JsonNode node) {
        OrderPage.Entry entry = new WooOrderReader(MAPPER).entry(node, 1);
        if (entry instanceof OrderPage.Readable r) {
            return r.order();
        }
        throw new AssertionError("fixture not readable: " + entry);
    }

    static ShopOrder order(String name) {
        return order(json(name));
    }

    /**
     * A fresh processing order shaped like capture 13 (guest Éva, 3 × SKU-r2-C at 650 = 1950 Ft).
     */
    static ObjectNode guestOrder(long id, Instant modified) {
        ObjectNode o = json("13_order_create_2.json");
        o.put("id", id);
        o.put("number", String.valueOf(id));
        o.put("order_key", "wc_order_key" + id);
        o.put("status", "processing");
        String gmt = LocalDateTime.ofInstant(modified, ZoneOffset.UTC).toString();
        o.put("date_created_gmt", gmt);
        o.put("date_modified_gmt", gmt);
        ((ObjectNode) o.get("billing")).put("email", "vevo" + id + "@example.com");
        ((ObjectNode) o.get("billing")).put("phone", "");
        return o;
    }

    /** The ERP products the captured orders name, at 27 % except SKU-r2-A at 5 %. */
    static Map<String, Product> products() {
        return Map.of(
                "SKU-r2-1", product("SKU-r2-1", "27"),
                "SKU-r2-A", product("SKU-r2-A", "5"),
                "SKU-r2-C", product("SKU-r2-C", "27"));
    }

    static Product product(String sku, String vatCode) {
        return new Product(sku, "Termék " + sku, "db", new BigDecimal("1000"), VatRate.ofCode(vatCode).orElseThrow(),
                "", null, List.of(), Map.of(), Instant.parse("2026-01-01T00:00:00Z"));
    }

    static Instant utc(String localGmt) {
        return LocalDateTime.parse(localGmt).toInstant(ZoneOffset.UTC);
    }
}
