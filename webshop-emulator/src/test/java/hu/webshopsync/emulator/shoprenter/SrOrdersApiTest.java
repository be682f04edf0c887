package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.EmulatorConfig;
import hu.webshopsync.emulator.Platform;
import hu.webshopsync.emulator.ShopClock;
import hu.webshopsync.emulator.ShopEmulator;
import hu.webshopsync.emulator.ShopSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Orders: placed the documented way, listed incrementally, their status and stock as OpenCart does. */
class SrOrdersApiTest {

    /** 12:00 in Budapest (summer time). */
    private static final Instant NOON = Instant.parse("2026-06-01T10:00:00Z");

    private ShopEmulator shop;
    private ShoprenterControl control;
    private SrClient api;

    @BeforeEach
    void start() {
        shop = ShopEmulator.start(EmulatorConfig.defaults().withPlatform(Platform.SHOPRENTER).withRateLimit(0),
                ShopClock.startingAt(NOON));
        control = (ShoprenterControl) shop.control();
        api = new SrClient(shop.baseUrl(), "demo-api-user", "demo-api-key");
        ObjectNode p = SrClient.object("{\"sku\":\"K-1\",\"price\":\"1000\",\"stock1\":\"10\",\"subtractStock\":\"1\","
                + "\"taxClass\":{\"id\":\"dGF4Q2xhc3MtdGF4X2NsYXNzX2lkPTEw\"}}");
        p.putArray("productDescriptions").addObject().put("name", "Kávéfőző").putObject("language")
                .put("id", "bGFuZ3VhZ2UtbGFuZ3VhZ2VfaWQ9MQ==");
        api.ok(api.post("/productExtend", p));
    }

    @AfterEach
    void stop() {
        shop.close();
    }

    @Test
    void aPlacedOrderReadsBackFromOrderExtendWithQuantityInStock1AndGrossTotal() {
        long id = control.placeOrder(ShoprenterOrder.of("vevo@example.hu", "processing", ShoprenterOrder.Line.of("K-1", 3))
                .withShipping("GLS futár", "1500").withTaxNumber("12345678-1-42"));

        JsonNode order = api.ok(api.get("/orderExtend?full=1&innerId=" + id)).get("items").get(0);
        assertThat(order.get("email").asText()).isEqualTo("vevo@example.hu");
        assertThat(order.get("taxNumber").asText()).isEqualTo("12345678-1-42");
        assertThat(order.get("total").asText()).isEqualTo("5310.0000");
        assertThat(order.get("currency").get("code").asText()).isEqualTo("HUF");
        assertThat(order.get("orderStatus").get("href").asText()).endsWith("b3JkZXJTdGF0dXMtb3JkZXJfc3RhdHVzX2lkPTI=");
        JsonNode line = order.get("orderProducts").get(0);
        assertThat(line.has("quantity")).isFalse();
        assertThat(line.get("stock1").asText()).isEqualTo("3");
        assertThat(line.get("price").asText()).isEqualTo("1000.0000");
        assertThat(line.get("total").asText()).isEqualTo("3000.0000");
        assertThat(line.get("taxRate").asText()).isEqualTo("27.0000");
        assertThat(order.get("orderTotals")).extracting(t -> t.get("type").asText() + "=" + t.get("value").asText())
                .containsExactly("SUB_TOTAL=3000.0000", "TAX=810.0000", "SUB_TOTAL_WITH_TAX=3810.0000",
                        "SHIPPING=1500.0000", "TOTAL=5310.0000");
        ShopSnapshot.Order snap = control.snapshot().orders().get(0);
        assertThat(snap.status()).isEqualTo("processing");
        assertThat(snap.lineItems().get(0).quantity()).isEqualTo(3);
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(7);
    }

    @Test
    void cancellingGivesTheStockBackAndWritesHistory() {
        long id = control.placeOrder(ShoprenterOrder.of("a@example.hu", "pending", ShoprenterOrder.Line.of("K-1", 2)));
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(10);
        control.setOrderStatus(id, "processing");
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(8);
        control.setOrderStatus(id, "completed");
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(8);
        control.setOrderStatus(id, "Törölve");
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(10);
        assertThat(control.snapshot().orders().get(0).status()).isEqualTo("cancelled");
        String orderId = api.ok(api.get("/orders?full=1")).get("items").get(0).get("id").asText();
        assertThat(api.ok(api.get("/orderHistories?full=1&orderId=" + orderId)).get("items")).hasSize(4);
        assertThatThrownBy(() -> control.setOrderStatus(id, "on-hold")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("on-hold");
    }

    @Test
    void updatedAtMinFindsWhatChangedAndAbandonedCartsCanBeLeftOut() {
        long old = control.placeOrder(ShoprenterOrder.of("old@example.hu", "pending", ShoprenterOrder.Line.of("K-1", 1)));
        long cart = control.placeOrder(ShoprenterOrder.of("cart@example.hu", "", ShoprenterOrder.Line.of("K-1", 1)));
        shop.clock().advance(Duration.ofHours(1));
        long fresh = control.placeOrder(ShoprenterOrder.of("new@example.hu", "pending", ShoprenterOrder.Line.of("K-1", 1)));

        assertThat(innerIds("/orderExtend?full=1&updatedAtMin=2026-06-01T12:30:00")).containsExactly(fresh);
        assertThat(innerIds("/orderExtend?full=1&excludeAbandonedCart=1")).containsExactly(old, fresh);
        assertThat(innerIds("/orderExtend?full=1&innerIdMin=" + cart)).containsExactly(cart, fresh);

        shop.clock().advance(Duration.ofHours(1));
        control.setOrderStatus(old, "processing");
        assertThat(innerIds("/orderExtend?full=1&updatedAtMin=2026-06-01T13:30:00")).containsExactly(old);
        SrClient.Answer bad = api.get("/orderExtend?updatedAtMin=tegnap");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("code").asInt()).isEqualTo(40009);
    }

    @Test
    void aBatchPutSetsStatusAndExternalInfo() {
        long id = control.placeOrder(ShoprenterOrder.of("a@example.hu", "processing", ShoprenterOrder.Line.of("K-1", 1)));
        String orderId = api.ok(api.get("/orders?full=1&innerId=" + id)).get("items").get(0).get("id").asText();
        ObjectNode body = SrClient.object("{\"data\":{\"requests\":[{\"method\":\"PUT\",\"uri\":\"" + shop.baseUrl()
                + "/orders/" + orderId + "\",\"data\":{\"orderStatus\":{\"id\":\"b3JkZXJTdGF0dXMtb3JkZXJfc3RhdHVzX2lkPTU=\"},"
                + "\"externalInfo\":{\"partner_order_id\":\"VR-2026-17\",\"partner_prefix\":\"ERP\"}}}]}}");

        JsonNode answer = api.ok(api.post("/batch", body));

        JsonNode item = answer.get("requests").get("request").get(0).get("response");
        assertThat(item.get("header").get("statusCode").asInt()).isEqualTo(200);
        assertThat(item.get("body").get("externalInfo").get("partner_order_id").asText()).isEqualTo("VR-2026-17");
        ShopSnapshot.Order snap = control.snapshot().orders().get(0);
        assertThat(snap.status()).isEqualTo("completed");
        assertThat(snap.metaData()).containsEntry("partner_order_id", "VR-2026-17");
        assertThat(api.ok(api.get("/orderExtend/" + orderId)).get("comment").asText()).isEmpty();
        assertThat(api.delete("/orders/" + orderId).status()).isEqualTo(405);
    }

    @Test
    void editingALineMovesTheTotalsButNotTheStock() {
        long id = control.placeOrder(ShoprenterOrder.of("a@example.hu", "processing", ShoprenterOrder.Line.of("K-1", 3)));
        long line = control.snapshot().orders().get(0).lineItems().get(0).id();

        control.setOrderLineQuantity(id, line, 1);

        ShopSnapshot.Order snap = control.snapshot().orders().get(0);
        assertThat(snap.lineItems().get(0).quantity()).isEqualTo(1);
        assertThat(snap.total()).isEqualTo("1270.0000");
        assertThat(snap.totalTax()).isEqualTo("270.0000");
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(7);
        control.setOrderStatus(id, "cancelled");
        assertThat(control.snapshot().productsBySku().get("K-1").stockQuantity()).isEqualTo(10);
    }

    private java.util.List<Long> innerIds(String path) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        api.ok(api.get(path)).get("items").forEach(o -> ids.add(o.get("innerId").asLong()));
        return ids;
    }
}
