package hu.webshopsync.webshop.woocommerce;

import static hu.webshopsync.webshop.fixtures.OrderCaptures.MAPPER;
import static hu.webshopsync.webshop.fixtures.OrderCaptures.headers;
import static hu.webshopsync.webshop.fixtures.OrderCaptures.json;
import static hu.webshopsync.webshop.fixtures.OrderCaptures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderSourceException;
import hu.webshopsync.webshop.orders.ShopOrder;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WooOrderReaderTest {

    private final WooOrderReader reader = new WooOrderReader(MAPPER);

    @Test
    void readsACapturedListWithItsPagingHeaders() throws IOException {
        OrderPage page = reader.read(MAPPER.readTree(text("15b_orders_modified_after_gmt.json")),
                headers("15b_orders_modified_after_gmt.headers"));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.entries()).allSatisfy(e -> assertThat(e).isInstanceOf(OrderPage.Readable.class));
        assertThat(page.entries()).extracting(e -> ((OrderPage.Readable) e).order().id()).containsExactly(19L, 21L);
        OrderPage.Readable first = (OrderPage.Readable) page.entries().get(0);
        assertThat(first.modified()).isEqualTo(Instant.parse("2026-11-27T22:47:58Z"));
        assertThat(first.order().key()).isEqualTo("wc_order_vEbjVq0y59Dvh");
        assertThat(first.order().lines().get(0).unitPrice().orElseThrow()).isEqualByComparingTo("2490");
    }

    @Test
    void readsThePageBeyondTheEndAsEmpty() throws IOException {
        OrderPage page = reader.read(MAPPER.readTree(text("45_orders_page_beyond_end.json")),
                headers("45_orders_page_beyond_end.headers"));

        assertThat(page.entries()).isEmpty();
        assertThat(page.total()).isEqualTo(8);
        assertThat(page.totalPages()).isEqualTo(1);
    }

    @Test
    void readsTheDefaultListIncludingImageIdsThatAreEmptyStringsOrZero() throws IOException {
        OrderPage page = reader.read(MAPPER.readTree(text("48_orders_list_default.json")),
                headers("48_orders_list_default.headers"));

        assertThat(page.entries()).hasSize(8).allSatisfy(e -> assertThat(e).isInstanceOf(OrderPage.Readable.class));
    }

    @Test
    void oneMalformedOrderIsReportedAndTheOthersStillRead() {
        ObjectNode noId = json("13_order_create_2.json");
        noId.remove("id");
        ObjectNode badTotal = json("14_order_create_3.json").put("total", "ezer");
        ObjectNode badLine = json("12_order_create_1.json");
        ((ObjectNode) badLine.withArray("line_items").get(1)).put("total", "n/a");
        ObjectNode noDate = json("42_order_create_unknown_product_error.json");
        noDate.remove("date_modified_gmt");
        noDate.remove("number");
        ArrayNode body = MAPPER.createArrayNode();
        body.add(noId).add(json("16_order_get.json")).add(badTotal).add(badLine).add(noDate).add("not an order");

        List<OrderPage.Entry> entries = reader.read(body, Map.of()).entries();

        assertThat(entries).hasSize(6);
        assertThat(entries.get(0)).isEqualTo(new OrderPage.Malformed("20", "id",
                Optional.of(Instant.parse("2026-11-27T22:47:59Z")), Optional.empty()));
        assertThat(entries.get(1)).isInstanceOf(OrderPage.Readable.class);
        assertThat(entries.get(2)).isEqualTo(new OrderPage.Malformed("21", "total",
                Optional.of(Instant.parse("2026-11-27T22:47:59Z")), Optional.of(21L)));
        assertThat(entries.get(3)).isEqualTo(new OrderPage.Malformed("19", "line_items[1].total",
                Optional.of(Instant.parse("2026-11-27T22:47:58Z")), Optional.of(19L)));
        assertThat(entries.get(4)).isEqualTo(new OrderPage.Malformed("32", "date_modified_gmt", Optional.empty(),
                Optional.of(32L)));
        assertThat(entries.get(5)).isEqualTo(new OrderPage.Malformed("?6", "(order)", Optional.empty(),
                Optional.empty()));
    }

    @Test
    void missingPagingHeadersAreUnknownNotZero() {
        OrderPage page = reader.read(MAPPER.createArrayNode(), Map.of("X-WP-Total", List.of("garbage")));

        assertThat(page.total()).isEqualTo(-1);
        assertThat(page.totalPages()).isEqualTo(-1);
    }

    @Test
    void anAnswerThatIsNotAListIsARefusal() {
        JsonNode error = json("21_unauthenticated_error.json");

        assertThatThrownBy(() -> reader.read(error, Map.of()))
                .isInstanceOfSatisfying(OrderSourceException.class,
                        e -> assertThat(e.kind()).isEqualTo(OrderSourceException.Kind.REJECTED));
    }

    @Test
    void namesAreWrittenAsTheShopPrintsThemForTheAddresssCountry() {
        assertThat(name("Anna", "Kovács", "HU")).isEqualTo("Kovács Anna");
        assertThat(name("Anna", "Kovács", "hu")).isEqualTo("Kovács Anna");
        assertThat(name("Anna", "Huber", "AT")).isEqualTo("Anna Huber");
        assertThat(name("Anna", "Kovács", "")).as("WooCommerce's default format")
                .isEqualTo("Anna Kovács");
        assertThat(name("", "Kovács", "HU")).isEqualTo("Kovács");
        assertThat(name("Anna", "", "HU")).isEqualTo("Anna");
    }

    private static String name(String first, String last, String country) {
        return WooOrderMapping.party(new WooOrder.Address(first, last, "", "", "", "", "", "", country, "", "")).name();
    }

    @Test
    void statusesAreStagesOfTheOrdersLife() {
        assertThat(WooOrderMapping.stage("processing")).isEqualTo(ShopOrder.Stage.OPEN);
        assertThat(WooOrderMapping.stage("on-hold")).isEqualTo(ShopOrder.Stage.OPEN);
        assertThat(WooOrderMapping.stage("completed")).isEqualTo(ShopOrder.Stage.COMPLETED);
        assertThat(WooOrderMapping.stage("cancelled")).isEqualTo(ShopOrder.Stage.CANCELLED);
        assertThat(WooOrderMapping.stage("failed")).isEqualTo(ShopOrder.Stage.CANCELLED);
        assertThat(WooOrderMapping.stage("refunded")).isEqualTo(ShopOrder.Stage.REFUNDED);
    }
}
