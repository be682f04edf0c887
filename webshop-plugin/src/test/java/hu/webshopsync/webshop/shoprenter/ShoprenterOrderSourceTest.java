package hu.webshopsync.webshop.shoprenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderQuery;
import hu.webshopsync.webshop.orders.OrderSource.MarkState;
import hu.webshopsync.webshop.orders.OrderSource.OrderMark;
import hu.webshopsync.webshop.orders.OrderSource.StatusAnswer;
import hu.webshopsync.webshop.orders.OrderSourceException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The adapter against an in-memory shop that answers pages and batches in the docs' shapes. */
class ShoprenterOrderSourceTest {

    private static final long[] STATUSES = {1, 2, 3, 5, 7, 8, 10, 11};

    private static final class Shop {
        final Map<Long, ObjectNode> orders = new LinkedHashMap<>();
        final List<List<BatchItem>> batches = new ArrayList<>();
        final List<String> pagesRead = new ArrayList<>();
        boolean refusesExternalInfo;
        RuntimeException failure;

        void add(long innerId, long status) {
            ObjectNode o = SrOrderFixtures.listedOrder();
            o.put("innerId", String.valueOf(innerId)).put("id", "order-" + innerId);
            o.set("orderStatus", SrOrderFixtures.status(status));
            o.putObject("externalInfo");
            orders.put(innerId, o);
        }

        long status(long innerId) {
            String href = orders.get(innerId).path("orderStatus").path("href").asText();
            return Long.parseLong(href.substring(href.lastIndexOf("/st") + 3));
        }

        SrPage page(String resource, Map<String, String> filters, int page) {
            if (failure != null) {
                throw failure;
            }
            pagesRead.add(resource);
            List<JsonNode> items = new ArrayList<>();
            if (resource.equals("orderStatuses")) {
                for (long s : STATUSES) {
                    items.add(SrOrderFixtures.MAPPER.createObjectNode().put("id", "st" + s).put("innerId", "" + s));
                }
            } else if (resource.equals("orderStatusDescriptions")) {
                ObjectNode d = SrOrderFixtures.MAPPER.createObjectNode().put("name", "Teljesítve");
                d.set("orderStatus", SrOrderFixtures.status(5));
                items.add(d);
            } else {
                long min = Long.parseLong(filters.getOrDefault("innerIdMin", "0"));
                orders.forEach((id, o) -> {
                    if (id >= min) {
                        items.add(o.deepCopy());
                    }
                });
            }
            return new SrPage(page == 0 ? items : List.of(), false);
        }

        List<BatchOutcome> batch(List<BatchItem> items) {
            batches.add(items);
            List<BatchOutcome> out = new ArrayList<>();
            for (BatchItem item : items) {
                if (item.method().equals("GET")) {
                    long id = Long.parseLong(item.pathAndQuery().replaceAll(".*innerId=(\\d+).*", "$1"));
                    ObjectNode page = SrOrderFixtures.MAPPER.createObjectNode();
                    if (orders.containsKey(id)) {
                        page.putArray("items").add(orders.get(id).deepCopy());
                    } else {
                        page.putArray("items");
                    }
                    out.add(new BatchOutcome(200, page));
                    continue;
                }
                String apiId = item.pathAndQuery().substring("orders/".length());
                ObjectNode order = orders.values().stream().filter(o -> o.get("id").asText().equals(apiId))
                        .findFirst().orElse(null);
                JsonNode body = SrOrderFixtures.MAPPER.valueToTree(item.data());
                if (order == null) {
                    out.add(new BatchOutcome(404, SrOrderFixtures.MAPPER.createObjectNode().put("message", "nincs")));
                } else if (refusesExternalInfo && body.has("externalInfo")) {
                    out.add(new BatchOutcome(400, SrOrderFixtures.MAPPER.createObjectNode()
                            .put("message", "externalInfo is read only")));
                } else {
                    if (body.has("orderStatus")) {
                        order.set("orderStatus", SrOrderFixtures.status(
                                Long.parseLong(body.path("orderStatus").path("id").asText().substring(2))));
                    }
                    if (body.has("externalInfo")) {
                        order.set("externalInfo", body.get("externalInfo"));
                    }
                    out.add(new BatchOutcome(200, order.deepCopy()));
                }
            }
            return out;
        }
    }

    private final Shop shop = new Shop();
    private final ShoprenterOrderSource source = new ShoprenterOrderSource(shop::page, shop::batch,
            ShoprenterOrderSource.SHOP_ZONE, "_billing_tax_number", e -> "magyarázat");

    @Test
    void listsThroughTheShopsStatusTableReadOnce() {
        shop.add(1, 2);
        shop.add(2, 1);
        shop.add(3, 7);
        OrderQuery query = new OrderQuery(List.of("processing"), Instant.parse("2026-01-01T00:00:00Z"), 10, true);

        OrderPage page = source.list(query, 0);
        source.list(query, 0);

        assertThat(page.entries()).extracting(e -> e.id().orElseThrow()).containsExactly(1L, 3L);
        assertThat(page.entries()).extracting(e -> ((OrderPage.Readable) e).order().status())
                .containsExactly("processing", "cancelled");
        assertThat(shop.pagesRead).containsExactly("orderStatuses", "orderExtend", "orderExtend");
    }

    @Test
    void marksAnOrderItReadWithItsStatusAndErpNumberInOneBatch() {
        shop.add(1, 2);
        source.list(new OrderQuery(List.of("processing"), Instant.EPOCH, 10, false), 0);

        List<StatusAnswer> answers = source.mark(List.of(new OrderMark(1, "VR-2026-00012", "completed")));

        assertThat(answers).containsExactly(new StatusAnswer(1, StatusAnswer.Result.SET, ""));
        assertThat(shop.batches).singleElement().satisfies(b -> assertThat(b).singleElement().satisfies(item -> {
            assertThat(item.method()).isEqualTo("PUT");
            assertThat(item.pathAndQuery()).isEqualTo("orders/order-1");
            assertThat(SrOrderFixtures.MAPPER.valueToTree(item.data()).toString()).isEqualTo(
                    "{\"orderStatus\":{\"id\":\"st5\"},\"externalInfo\":{\"partner_order_id\":\"VR-2026-00012\"}}");
        }));
        assertThat(shop.status(1)).isEqualTo(5);
        assertThat(source.marksOf(List.of(1L, 9L))).containsExactly(Map.entry(1L,
                new MarkState("completed", "VR-2026-00012")));
    }

    @Test
    void aStatusGoesOutOnceWhileANumberAloneMayBeSentAgain() {
        shop.add(1, 2);
        shop.add(2, 2);
        source.list(new OrderQuery(List.of("processing"), Instant.EPOCH, 10, false), 0);

        source.mark(List.of(new OrderMark(1, "VR-1", "completed"), new OrderMark(2, "VR-2", null)));

        // after a lost answer the order sync reads the status back; the client must not send it blind
        assertThat(shop.batches).singleElement().satisfies(b -> assertThat(b).extracting(BatchItem::repeatable)
                .containsExactly(false, true));
    }

    @Test
    void looksUpOrdersItHasNotReadAndAnswersEachMark() {
        shop.add(1, 2);
        shop.add(2, 2);
        shop.add(3, 2);

        List<StatusAnswer> answers = source.mark(List.of(new OrderMark(1, "VR-1", "cancelled"),
                new OrderMark(4, "VR-4", "completed"), new OrderMark(2, "VR-2", "on-hold"),
                new OrderMark(3, "VR-3", "Teljesítve"), new OrderMark(2, "VR-2", null)));

        assertThat(answers).extracting(StatusAnswer::result).containsExactly(StatusAnswer.Result.SET,
                StatusAnswer.Result.GONE, StatusAnswer.Result.REFUSED, StatusAnswer.Result.SET,
                StatusAnswer.Result.SET);
        assertThat(answers.get(2).detail()).contains("on-hold");
        // one batch of GETs for the ids, one of PUTs for the marks
        assertThat(shop.batches).hasSize(2);
        assertThat(shop.batches.get(0)).extracting(BatchItem::pathAndQuery).containsExactly(
                "orderExtend?innerId=1&full=1", "orderExtend?innerId=4&full=1", "orderExtend?innerId=2&full=1",
                "orderExtend?innerId=3&full=1");
        assertThat(shop.status(1)).isEqualTo(7);
        assertThat(shop.status(2)).isEqualTo(2);
        assertThat(shop.status(3)).isEqualTo(5);
        assertThat(source.marksOf(List.of(2L)).get(2L)).isEqualTo(new MarkState("processing", "VR-2"));
    }

    @Test
    void aShopThatRefusesTheErpNumberStillGetsTheStatus() {
        shop.add(1, 2);
        shop.add(2, 2);
        shop.refusesExternalInfo = true;

        assertThat(source.mark(List.of(new OrderMark(1, "VR-1", "completed"))))
                .containsExactly(new StatusAnswer(1, StatusAnswer.Result.SET, ""));
        assertThat(shop.status(1)).isEqualTo(5);
        assertThat(source.marksOf(List.of(1L)).get(1L)).isEqualTo(new MarkState("completed", ""));

        shop.batches.clear();
        assertThat(source.mark(List.of(new OrderMark(2, "VR-2", "completed"))))
                .extracting(StatusAnswer::result).containsExactly(StatusAnswer.Result.SET);
        assertThat(shop.batches).hasSize(2);
        assertThat(SrOrderFixtures.MAPPER.valueToTree(shop.batches.get(1).get(0).data()).has("externalInfo")).isFalse();
    }

    @Test
    void anOrderDeletedMeanwhileIsGone() {
        shop.add(1, 2);
        source.list(new OrderQuery(List.of("processing"), Instant.EPOCH, 10, false), 0);
        shop.orders.clear();

        assertThat(source.mark(List.of(new OrderMark(1, "VR-1", "completed"))))
                .containsExactly(new StatusAnswer(1, StatusAnswer.Result.GONE, ""));
        assertThat(source.marksOf(List.of(1L))).isEmpty();
    }

    @Test
    void takesNoNotesAndLeavesTheCustomersCommentAlone() {
        assertThat(source.takesNotes()).isFalse();
        assertThat(source.hasNote(1, "Teljesítve az ERP-ben: VR-1")).isFalse();
        assertThatThrownBy(() -> source.addNote(1, "x")).isInstanceOf(OrderSourceException.class);
        assertThat(shop.batches).isEmpty();
    }

    @Test
    void theShopsZoneIsItsConfigTimezoneSettingWhenItCanBeRead() {
        assertThat(ShoprenterOrderSource.shopZone(settings("Europe/London"))).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(ShoprenterOrderSource.shopZone(settings("Mars/Olympus")))
                .isEqualTo(ShoprenterOrderSource.SHOP_ZONE);
        assertThat(ShoprenterOrderSource.shopZone((r, f, p) -> new SrPage(List.of(), false)))
                .isEqualTo(ShoprenterOrderSource.SHOP_ZONE);
        assertThat(ShoprenterOrderSource.shopZone((r, f, p) -> {
            throw new SrException(403, SrException.Kind.STATUS, "", "no scope", null, false);
        })).isEqualTo(ShoprenterOrderSource.SHOP_ZONE);
        assertThatThrownBy(() -> ShoprenterOrderSource.shopZone((r, f, p) -> {
            throw new SrException(401, SrException.Kind.STATUS, "40101", "no permission", null, false);
        })).isInstanceOf(SrException.class);
    }

    private static SrOrderPager settings(String zone) {
        return (resource, filters, page) -> {
            assertThat(resource).isEqualTo("settings");
            assertThat(filters).containsEntry("key", "config_timezone");
            return new SrPage(List.of(SrOrderFixtures.MAPPER.createObjectNode().put("group", "config")
                    .put("key", "config_timezone").put("value", zone)), false);
        };
    }

    @Test
    void theShopsRefusalsBecomeTheKindsTheSyncKnows() {
        shop.failure = new SrException(401, SrException.Kind.STATUS, "40101", "no permission", null, false);
        OrderQuery query = new OrderQuery(List.of("processing"), Instant.EPOCH, 10, false);

        assertThatThrownBy(() -> source.list(query, 0)).isInstanceOfSatisfying(OrderSourceException.class, e -> {
            assertThat(e.kind()).isEqualTo(OrderSourceException.Kind.AUTHENTICATION);
            assertThat(e.detail()).isEqualTo("HTTP 401 40101");
            assertThat(e.userMessage()).contains("magyarázat");
        });
        shop.failure = new SrException(500, SrException.Kind.STATUS, "", "boom", null, false);
        assertThatThrownBy(() -> source.list(query, 0)).isInstanceOfSatisfying(OrderSourceException.class,
                e -> assertThat(e.kind()).isEqualTo(OrderSourceException.Kind.REJECTED));
    }
}
