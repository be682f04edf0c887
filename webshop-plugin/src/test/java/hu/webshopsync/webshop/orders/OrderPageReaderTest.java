package hu.webshopsync.webshop.orders;

import static hu.webshopsync.webshop.orders.TestOrders.MAPPER;
import static hu.webshopsync.webshop.orders.TestOrders.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OrderPageReaderTest {

    private final OrderPageReader reader = new OrderPageReader(MAPPER);

    @Test
    void readsACapturedListWithItsPagingHeaders() throws IOException {
        OrderPage page = reader.read(MAPPER.readTree(TestOrders.text("15b_orders_modified_after_gmt.json")),
                headers("15b_orders_modified_after_gmt.headers"));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
        assertThat(page.entries()).allSatisfy(e -> assertThat(e).isInstanceOf(OrderPage.Readable.class));
        assertThat(page.entries()).extracting(e -> ((OrderPage.Readable) e).order().id()).containsExactly(19L, 21L);
        OrderPage.Readable first = (OrderPage.Readable) page.entries().get(0);
        assertThat(first.modified()).isEqualTo(Instant.parse("2026-11-27T22:47:58Z"));
        assertThat(first.order().orderKey()).isEqualTo("wc_order_vEbjVq0y59Dvh");
        assertThat(first.order().lineItems().get(0).price()).isEqualByComparingTo("2490");
    }

    @Test
    void readsThePageBeyondTheEndAsEmpty() throws IOException {
        OrderPage page = reader.read(MAPPER.readTree(TestOrders.text("45_orders_page_beyond_end.json")),
                headers("45_orders_page_beyond_end.headers"));

        assertThat(page.entries()).isEmpty();
        assertThat(page.total()).isEqualTo(8);
        assertThat(page.totalPages()).isEqualTo(1);
    }

    @Test
    void readsTheDefaultListIncludingImageIdsThatAreEmptyStringsOrZero() throws IOException {
        OrderPage page = reader.read(MAPPER.readTree(TestOrders.text("48_orders_list_default.json")),
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

    /** The capture's raw header lines as a case-insensitive map, as Feign hands them over. */
    static Map<String, Collection<String>> headers(String name) {
        Map<String, Collection<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line : TestOrders.text(name).split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith("HTTP/")) {
                out.computeIfAbsent(line.substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        return out;
    }
}
