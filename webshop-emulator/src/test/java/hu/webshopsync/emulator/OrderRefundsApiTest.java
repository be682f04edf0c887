package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static hu.webshopsync.emulator.OrderFixture.WC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** {@code /orders/{id}/refunds}: WooCommerce 7.9's refunds controller and {@code wc_create_refund}. */
class OrderRefundsApiTest {

    private final OrderFixture f = new OrderFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private TestHttp.Resp refund(long orderId, String json) throws Exception {
        return f.http.post(WC + "/orders/" + orderId + "/refunds", json);
    }

    @Test
    void aPartialRefundLeavesTheStatusAndShowsInTheOrder() throws Exception {
        long id = f.order("processing", f.product("A", "1000", 10), 2).get("id").asLong();
        f.clock.advance(Duration.ofMinutes(1));

        TestHttp.Resp r = refund(id, "{\"amount\":\"500\",\"reason\":\"Sérült doboz\",\"api_refund\":false}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith(WC + "/orders/" + id + "/refunds/" + r.json().get("id").asLong());
        assertThat(r.json().get("amount").asText()).isEqualTo("500.00");
        assertThat(r.json().get("reason").asText()).isEqualTo("Sérült doboz");
        assertThat(r.json().get("refunded_by").asLong()).isEqualTo(1);
        assertThat(r.json().get("refunded_payment").asBoolean()).isFalse();
        assertThat(r.json().get("line_items")).isEmpty();
        JsonNode order = f.http.get(WC + "/orders/" + id).json();
        assertThat(order.get("status").asText()).isEqualTo("processing");
        assertThat(order.get("total").asText()).isEqualTo("2000.00");
        assertThat(order.get("refunds")).hasSize(1);
        assertThat(order.at("/refunds/0/id").asLong()).isEqualTo(r.json().get("id").asLong());
        assertThat(order.at("/refunds/0/reason").asText()).isEqualTo("Sérült doboz");
        assertThat(order.at("/refunds/0/total").asText()).isEqualTo("-500.00");
        assertThat(order.get("date_modified_gmt").asText()).isEqualTo("2026-11-27T22:01:00");
    }

    @Test
    void theRefundThatLeavesNothingMakesTheOrderRefunded() throws Exception {
        long id = f.order("completed", f.product("A", "1000", 10), 1).get("id").asLong();
        refund(id, "{\"amount\":\"400\",\"api_refund\":false}");

        TestHttp.Resp last = refund(id, "{\"amount\":\"600.00\",\"reason\":\"Visszaküldte\",\"api_refund\":false}");

        assertThat(last.status()).isEqualTo(201);
        JsonNode order = f.http.get(WC + "/orders/" + id).json();
        assertThat(order.get("status").asText()).isEqualTo("refunded");
        assertThat(order.get("refunds").findValuesAsText("total")).containsExactly("-600.00", "-400.00");
        TestHttp.Resp list = f.http.get(WC + "/orders/" + id + "/refunds");
        assertThat(list.json().findValuesAsText("amount")).containsExactly("600.00", "400.00");
        assertThat(list.header("X-WP-Total")).isEqualTo("2");
        assertThat(f.notes(id).findValuesAsText("note")).contains("Order status changed from Completed to Refunded.");
    }

    @Test
    void refundedLinesGoBackToStockAndRecordWhatTheyGaveBack() throws Exception {
        long p = f.product("A", "1000", 10);
        JsonNode placed = f.order("processing", p, 3);
        long id = placed.get("id").asLong();
        long line = placed.at("/line_items/0/id").asLong();

        TestHttp.Resp r = refund(id, "{\"api_refund\":false,\"line_items\":[{\"id\":" + line
                + ",\"quantity\":1,\"refund_total\":\"1000\"}]}");

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("amount").asText()).as("amount from the lines").isEqualTo("1000.00");
        JsonNode refundLine = r.json().at("/line_items/0");
        assertThat(refundLine.get("quantity").asInt()).isEqualTo(-1);
        assertThat(refundLine.get("total").asText()).isEqualTo("-1000.00");
        assertThat(refundLine.at("/meta_data/0/key").asText()).isEqualTo("_refunded_item_id");
        assertThat(refundLine.at("/meta_data/0/value").asLong()).isEqualTo(line);
        assertThat(f.stock(p)).isEqualTo(8);
        assertThat(f.notes(id).findValuesAsText("note")).contains("Item #" + p + " stock increased from 7 to 8.");
        assertThat(f.shop.control().snapshot().orders().get(0).lineItems().get(0).metaData())
                .containsEntry("_reduced_stock", "2").containsEntry("_restock_refunded_items", "1");

        // a later cancellation gives back only what is still taken
        f.put(id, "{\"status\":\"cancelled\"}");
        assertThat(f.stock(p)).isEqualTo(10);
    }

    @Test
    void withoutApiRefundFalseTheGatewayMustRefundAndCashOnDeliveryCannot() throws Exception {
        long id = f.order("processing", f.product("A", "1000", 10), 1).get("id").asLong();
        JsonNode before = f.http.get(WC + "/orders/" + id).json();
        f.clock.advance(Duration.ofMinutes(1));

        TestHttp.Resp r = refund(id, "{\"amount\":\"100\"}");

        assertThat(r.status()).isEqualTo(500);
        assertThat(r.json().get("code").asText()).isEqualTo("woocommerce_rest_cannot_create_order_refund");
        assertThat(r.json().get("message").asText())
                .isEqualTo("The payment gateway for this order does not support automatic refunds.");
        assertThat(f.http.get(WC + "/orders/" + id).json()).isEqualTo(before);
    }

    @Test
    void moreThanIsLeftOrANegativeAmountIsRefused() throws Exception {
        long id = f.order("processing", f.product("A", "1000", 10), 1).get("id").asLong();

        TestHttp.Resp tooMuch = refund(id, "{\"amount\":\"1000.01\",\"api_refund\":false}");
        TestHttp.Resp negative = refund(id, "{\"amount\":\"-1\",\"api_refund\":false}");
        TestHttp.Resp number = refund(id, "{\"amount\":10,\"api_refund\":false}");

        assertThat(tooMuch.status()).isEqualTo(500);
        assertThat(tooMuch.json().get("message").asText()).isEqualTo("Invalid refund amount.");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("code").asText()).isEqualTo("woocommerce_rest_invalid_order_refund");
        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().get("code").asText()).isEqualTo("rest_invalid_param");
        assertThat(f.http.get(WC + "/orders/" + id).json().get("refunds")).isEmpty();
    }

    @Test
    void aRefundIsReadAndDeletedUnderItsOrderOnly() throws Exception {
        long p = f.product("A", "1000", 10);
        long id = f.order("processing", p, 1).get("id").asLong();
        long other = f.order("processing", p, 1).get("id").asLong();
        long refundId = refund(id, "{\"amount\":\"100\",\"api_refund\":false}").json().get("id").asLong();

        assertThat(f.http.get(WC + "/orders/" + id + "/refunds/" + refundId).json().get("amount").asText()).isEqualTo("100.00");
        assertThat(f.http.get(WC + "/orders/" + other + "/refunds/" + refundId).status()).isEqualTo(404);
        assertThat(f.http.get(WC + "/orders/99999/refunds/" + refundId).json().get("code").asText())
                .isEqualTo("woocommerce_rest_invalid_order_id");
        assertThat(f.http.delete(WC + "/orders/" + id + "/refunds/" + refundId + "?force=false").status()).isEqualTo(501);

        assertThat(f.http.delete(WC + "/orders/" + id + "/refunds/" + refundId).status()).isEqualTo(200);
        assertThat(f.http.get(WC + "/orders/" + id).json().get("refunds")).isEmpty();
    }

    @Test
    void theControlHelperRefundsLikeAManualRefund() throws Exception {
        long id = f.order("processing", f.product("A", "1000", 10), 1).get("id").asLong();

        f.shop.control().refundOrder(id, "1000.00", "Elállás");

        ShopSnapshot.Order order = f.shop.control().snapshot().orders().get(0);
        assertThat(order.status()).isEqualTo("refunded");
        assertThat(order.refunds()).extracting(ShopSnapshot.Refund::amount, ShopSnapshot.Refund::reason)
                .containsExactly(tuple("1000.00", "Elállás"));
    }
}
