package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static hu.webshopsync.emulator.OrderFixture.WC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An order's status, stock, meta and lines after it was placed, as WooCommerce 7.9 changes them over REST. */
class OrderLifecycleApiTest {

    private final OrderFixture f = new OrderFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aStatusChangeMovesDateModifiedAndItsGmtTwin() throws Exception {
        long p = f.product("A", "100", 10);
        long id = f.order("processing", p, 1).get("id").asLong();
        f.clock.advance(Duration.ofSeconds(90));

        JsonNode done = f.put(id, "{\"status\":\"completed\"}");

        assertThat(done.get("date_modified_gmt").asText()).isEqualTo("2026-11-27T22:01:30");
        assertThat(done.get("date_modified").asText()).isEqualTo("2026-11-27T23:01:30");
        assertThat(done.get("date_completed_gmt").asText()).isEqualTo("2026-11-27T22:01:30");
    }

    @Test
    void cancellingAProcessingOrderGivesItsStockBackOnce() throws Exception {
        long p = f.product("A", "100", 10);
        JsonNode placed = f.order("processing", p, 3);
        long id = placed.get("id").asLong();
        assertThat(f.stock(p)).isEqualTo(7);
        assertThat(placed.at("/line_items/0/meta_data/0/key").asText()).isEqualTo("_reduced_stock");

        JsonNode cancelled = f.put(id, "{\"status\":\"cancelled\"}");
        f.put(id, "{\"status\":\"cancelled\"}");

        assertThat(f.stock(p)).isEqualTo(10);
        assertThat(cancelled.at("/line_items/0/meta_data").size()).isZero();
        assertThat(f.notes(id).findValuesAsText("note")).contains("Stock levels increased: P A (A) 7&rarr;10",
                "Order status changed from Processing to Cancelled.");
    }

    @Test
    void failedAndRefundedKeepTheReducedStockAsWooCommerce79Does() throws Exception {
        long p = f.product("A", "100", 10);
        long failed = f.order("on-hold", p, 2).get("id").asLong();
        long refunded = f.order("processing", p, 1).get("id").asLong();

        f.put(failed, "{\"status\":\"failed\"}");
        JsonNode r = f.put(refunded, "{\"status\":\"refunded\"}");

        assertThat(f.stock(p)).isEqualTo(7);
        // wc_order_fully_refunded: what was not refunded becomes one refund, without restocking
        assertThat(r.at("/refunds/0/total").asText()).isEqualTo("-100.00");
        assertThat(r.at("/refunds/0/reason").asText()).isEqualTo("Order fully refunded.");
        assertThat(f.notes(refunded).findValuesAsText("note")).contains("Order status set to refunded. To return funds "
                + "to the customer you will need to issue a refund through your payment gateway.");
    }

    @Test
    void backToPendingGivesStockBackAndProcessingTakesItAgain() throws Exception {
        long p = f.product("A", "100", 10);
        long id = f.order("processing", p, 4).get("id").asLong();

        f.put(id, "{\"status\":\"pending\"}");
        assertThat(f.stock(p)).isEqualTo(10);
        f.put(id, "{\"status\":\"processing\"}");

        assertThat(f.stock(p)).isEqualTo(6);
    }

    @Test
    void metaDataIsAddedAndUpdatedByKeyAndShownInTheOrder() throws Exception {
        long id = f.order("processing", f.product("A", "100", 10), 1).get("id").asLong();

        JsonNode first = f.put(id, "{\"meta_data\":[{\"key\":\"_erp_document\",\"value\":\"VR-1\"}]}");
        JsonNode second = f.put(id, "{\"meta_data\":[{\"key\":\"_erp_document\",\"value\":\"VR-2\"},"
                + "{\"key\":\"other\",\"value\":\"x\"}]}");

        assertThat(second.get("meta_data")).hasSize(2);
        assertThat(second.at("/meta_data/0/id").asLong()).isEqualTo(first.at("/meta_data/0/id").asLong());
        assertThat(second.at("/meta_data/0/value").asText()).isEqualTo("VR-2");
        JsonNode removed = f.put(id, "{\"meta_data\":[{\"key\":\"other\",\"value\":null}]}");
        assertThat(removed.get("meta_data").findValuesAsText("key")).containsExactly("_erp_document");
        assertThat(f.shop.control().snapshot().orders().get(0).metaData()).containsEntry("_erp_document", "VR-2");
    }

    @Test
    void batchUpdatesStatusesWithErrorsInPlaceAndMovesEachDate() throws Exception {
        long p = f.product("A", "100", 10);
        long a = f.order("processing", p, 1).get("id").asLong();
        long b = f.order("processing", p, 2).get("id").asLong();
        f.clock.advance(Duration.ofMinutes(5));

        TestHttp.Resp r = f.http.post(WC + "/orders/batch", "{\"update\":[{\"id\":" + a + ",\"status\":\"completed\"},"
                + "{\"id\":99999999,\"status\":\"completed\"},{\"id\":" + b + ",\"status\":\"cancelled\"}]}");

        assertThat(r.status()).isEqualTo(200);
        JsonNode update = r.json().get("update");
        assertThat(update.get(0).get("status").asText()).isEqualTo("completed");
        assertThat(update.get(0).get("date_modified_gmt").asText()).isEqualTo("2026-11-27T22:05:00");
        // capture 50: an unknown id answers in place, with status 400
        assertThat(update.get(1).get("id").asLong()).isEqualTo(99999999);
        assertThat(update.get(1).at("/error/code").asText()).isEqualTo("woocommerce_rest_shop_order_invalid_id");
        assertThat(update.get(1).at("/error/data/status").asInt()).isEqualTo(400);
        assertThat(update.get(2).get("status").asText()).isEqualTo("cancelled");
        assertThat(f.stock(p)).isEqualTo(9);
    }

    @Test
    void batchItemsSetMetaByKeyWithOrWithoutAStatusAndAnswerItInMetaData() throws Exception {
        long p = f.product("A", "100", 10);
        long a = f.order("processing", p, 1).get("id").asLong();
        long b = f.order("processing", p, 1).get("id").asLong();

        JsonNode first = f.http.post(WC + "/orders/batch", "{\"update\":[{\"id\":" + a + ",\"meta_data\":"
                + "[{\"key\":\"erp_document\",\"value\":\"VR-1\"}]},{\"id\":" + b + ",\"status\":\"completed\","
                + "\"meta_data\":[{\"key\":\"erp_document\",\"value\":\"VR-2\"}]}]}").json().get("update");
        // the same write again, as after a lost answer: the row is kept and its value replaced (capture 49's shape)
        JsonNode again = f.http.post(WC + "/orders/batch", "{\"update\":[{\"id\":" + a + ",\"meta_data\":"
                + "[{\"key\":\"erp_document\",\"value\":\"VR-1\"}]}]}").json().get("update");

        assertThat(first.get(0).get("status").asText()).isEqualTo("processing");
        assertThat(first.get(1).get("status").asText()).isEqualTo("completed");
        JsonNode meta = first.at("/0/meta_data/0");
        assertThat(meta.fieldNames()).toIterable().containsExactly("id", "key", "value");
        assertThat(meta.get("id").asLong()).isPositive();
        assertThat(meta.get("value").asText()).isEqualTo("VR-1");
        assertThat(first.at("/1/meta_data/0/value").asText()).isEqualTo("VR-2");
        assertThat(again.at("/0/meta_data")).hasSize(1);
        assertThat(again.at("/0/meta_data/0/id").asLong()).isEqualTo(meta.get("id").asLong());
    }

    @Test
    void ordersAreListedByIdsWithOnlyTheAskedFieldsAndAnUnknownIdIsLeftOut() throws Exception {
        long p = f.product("A", "100", 10);
        long a = f.order("processing", p, 1).get("id").asLong();
        f.order("processing", p, 1);
        long c = f.order("on-hold", p, 1).get("id").asLong();
        f.put(c, "{\"meta_data\":[{\"key\":\"erp_document\",\"value\":\"VR-3\"}]}");

        TestHttp.Resp r = f.http.get(WC + "/orders?include=" + a + "," + c + ",99999999&per_page=3"
                + "&_fields=id,status,meta_data");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).extracting(o -> o.get("id").asLong()).containsExactlyInAnyOrder(a, c);
        assertThat(r.json().get(0).fieldNames()).toIterable().containsExactly("id", "status", "meta_data");
        JsonNode third = r.json().get(0).get("id").asLong() == c ? r.json().get(0) : r.json().get(1);
        assertThat(third.get("status").asText()).isEqualTo("on-hold");
        assertThat(third.at("/meta_data/0/value").asText()).isEqualTo("VR-3");
        assertThat(r.header("X-WP-Total")).isEqualTo("2");
    }

    @Test
    void aBatchOfMoreThanAHundredItemsIsRefusedWhole() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":").append(i + 1).append(",\"status\":\"completed\"}");
        }
        TestHttp.Resp r = f.http.post(WC + "/orders/batch", "{\"update\":[" + items + "]}");

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asText()).isEqualTo("woocommerce_rest_request_entity_too_large");
    }

    @Test
    void aNewQuantityAloneKeepsTheLineMoneyAndTheStockButAddedLinesArePriced() throws Exception {
        long a = f.product("A", "100", 10);
        long b = f.product("B", "250", 10);
        JsonNode placed = f.order("processing", a, 2);
        long id = placed.get("id").asLong();
        long line = placed.at("/line_items/0/id").asLong();

        JsonNode edited = f.put(id, "{\"line_items\":[{\"id\":" + line + ",\"quantity\":5},"
                + "{\"product_id\":" + b + ",\"quantity\":2}]}");

        assertThat(edited.at("/line_items/0/quantity").asInt()).isEqualTo(5);
        assertThat(edited.at("/line_items/0/total").asText()).isEqualTo("200.00");
        assertThat(edited.at("/line_items/1/total").asText()).isEqualTo("500.00");
        assertThat(edited.get("total").asText()).isEqualTo("700.00");
        assertThat(f.stock(a)).as("7.9 adjusts no stock on a REST line edit").isEqualTo(8);
        assertThat(f.stock(b)).isEqualTo(10);

        // the cancellation gives back what each line recorded it took, not its quantity now
        f.put(id, "{\"status\":\"cancelled\"}");
        assertThat(f.stock(a)).isEqualTo(10);
        assertThat(f.stock(b)).isEqualTo(10);
    }

    @Test
    void quantityZeroOrANullProductRemovesALine() throws Exception {
        long a = f.product("A", "100", 10);
        long b = f.product("B", "250", 10);
        JsonNode placed = f.order("on-hold", a, 1, b, 1);
        long id = placed.get("id").asLong();

        JsonNode edited = f.put(id, "{\"line_items\":[{\"id\":" + placed.at("/line_items/0/id").asLong()
                + ",\"quantity\":0}]}");
        assertThat(edited.get("line_items")).hasSize(1);
        assertThat(edited.get("total").asText()).isEqualTo("250.00");
        JsonNode empty = f.put(id, "{\"line_items\":[{\"id\":" + placed.at("/line_items/1/id").asLong()
                + ",\"product_id\":null}]}");
        assertThat(empty.get("line_items")).isEmpty();
        assertThat(empty.get("total").asText()).isEqualTo("0.00");
        assertThat(f.stock(a)).isEqualTo(9);
    }

    @Test
    void aLineIdOfAnotherOrderIsRefusedAndNothingChanges() throws Exception {
        long p = f.product("A", "100", 10);
        long id = f.order("processing", p, 1).get("id").asLong();
        long otherLine = f.order("processing", p, 1).at("/line_items/0/id").asLong();

        TestHttp.Resp r = f.http.put(WC + "/orders/" + id, "{\"line_items\":[{\"id\":" + otherLine + ",\"quantity\":3}]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asText()).isEqualTo("woocommerce_rest_invalid_item_id");
        assertThat(f.http.get(WC + "/orders/" + id).json().at("/line_items/0/quantity").asInt()).isEqualTo(1);
    }

    @Test
    void shippingAndFeeLinesAreUpdatedByIdAndNeedAMethodOrNameWhenNew() throws Exception {
        long id = f.order("on-hold", f.product("A", "100", 10), 1).get("id").asLong();
        JsonNode shipped = f.put(id, "{\"shipping_lines\":[{\"method_id\":\"flat_rate\",\"method_title\":\"GLS\","
                + "\"total\":\"1490\"}],\"fee_lines\":[{\"name\":\"Utánvét\",\"total\":\"390\"}]}");
        long shipping = shipped.at("/shipping_lines/0/id").asLong();

        JsonNode cheaper = f.put(id, "{\"shipping_lines\":[{\"id\":" + shipping + ",\"total\":\"990\"}]}");

        assertThat(cheaper.at("/shipping_lines/0/method_title").asText()).isEqualTo("GLS");
        assertThat(cheaper.get("total").asText()).isEqualTo("1480.00");
        TestHttp.Resp noMethod = f.http.put(WC + "/orders/" + id, "{\"shipping_lines\":[{\"total\":\"5\"}]}");
        assertThat(noMethod.json().get("code").asText()).isEqualTo("woocommerce_rest_invalid_shipping_item");
        TestHttp.Resp noName = f.http.put(WC + "/orders/" + id, "{\"fee_lines\":[{\"total\":\"5\"}]}");
        assertThat(noName.json().get("code").asText()).isEqualTo("woocommerce_rest_invalid_fee_item");
    }

    @Test
    void theControlHelpersGoThroughTheSameCodeAsRest() throws Exception {
        long p = f.product("A", "100", 10);
        JsonNode placed = f.order("processing", p, 2);
        long id = placed.get("id").asLong();

        f.shop.control().setOrderLineQuantity(id, placed.at("/line_items/0/id").asLong(), 3);
        f.shop.control().setOrderStatus(id, "cancelled");

        ShopSnapshot.Order order = f.shop.control().snapshot().orders().get(0);
        assertThat(order.status()).isEqualTo("cancelled");
        assertThat(order.lineItems().get(0).quantity()).isEqualTo(3);
        assertThat(f.stock(p)).isEqualTo(10);
        assertThatThrownBy(() -> f.shop.control().setOrderStatus(424242, "cancelled"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order 424242")
                .hasMessageContaining("woocommerce_rest_shop_order_invalid_id");
    }
}
