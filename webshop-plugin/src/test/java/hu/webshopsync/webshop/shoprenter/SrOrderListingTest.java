package hu.webshopsync.webshop.shoprenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.webshop.orders.OrderPage;
import hu.webshopsync.webshop.orders.OrderQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SrOrderListingTest {

    private static final ZoneId BUDAPEST = ZoneId.of("Europe/Budapest");
    private static final Instant AFTER = Instant.parse("2026-07-01T08:00:00Z");

    /** The shop's /orderExtend: items by innerId, pages of {@code limit}, innerIdMin honoured unless told. */
    private static final class Shop implements SrOrderPager {
        final List<ObjectNode> orders = new ArrayList<>();
        final List<Map<String, String>> asked = new ArrayList<>();
        int limit = 3;
        boolean ignoresInnerIdMin;
        int unreadable;  // how many answers from now on arrive cut off

        void add(long innerId, long status) {
            ObjectNode o = SrOrderFixtures.listedOrder();
            o.put("innerId", String.valueOf(innerId)).put("id", "api-" + innerId);
            o.set("orderStatus", SrOrderFixtures.status(status));
            orders.add(o);
        }

        void setStatus(long innerId, long status) {
            orders.stream().filter(o -> o.get("innerId").asText().equals(String.valueOf(innerId)))
                    .forEach(o -> o.set("orderStatus", SrOrderFixtures.status(status)));
        }

        @Override
        public SrPage page(String resource, Map<String, String> filters, int page) {
            assertThat(resource).isEqualTo("orderExtend");
            asked.add(Map.copyOf(filters));
            if (unreadable > 0) {
                unreadable--;
                throw new SrException(200, SrException.Kind.UNREADABLE, "", "not JSON", null, false);
            }
            long min = ignoresInnerIdMin ? 0 : Long.parseLong(filters.getOrDefault("innerIdMin", "0"));
            List<JsonNode> rows = orders.stream().filter(o -> o.get("innerId").asLong() >= min)
                    .map(JsonNode.class::cast).toList();
            int from = Math.min(rows.size(), page * limit);
            int to = Math.min(rows.size(), from + limit);
            return new SrPage(rows.subList(from, to), to < rows.size());
        }
    }

    private final Shop shop = new Shop();
    private final Map<Long, String> apiIds = new HashMap<>();
    private final SrOrderListing listing = new SrOrderListing(shop, new SrOrderReader(BUDAPEST, "tax"), BUDAPEST,
            apiIds);
    private final AtomicInteger reloads = new AtomicInteger();
    private SrOrderStatuses table = statuses(1, 2, 3, 5, 7, 8, 10, 11);

    private static SrOrderStatuses statuses(long... innerIds) {
        List<SrOrderStatuses.Status> out = new ArrayList<>();
        for (long id : innerIds) {
            out.add(new SrOrderStatuses.Status("st" + id, id, id == 2 ? List.of("feldolgozás alatt") : List.of()));
        }
        return new SrOrderStatuses(out);
    }

    private OrderPage list(OrderQuery query, int offset) {
        return listing.list(query, offset, table, () -> {
            reloads.incrementAndGet();
            return table;
        });
    }

    private static List<Long> ids(OrderPage page) {
        return page.entries().stream().map(e -> e.id().orElse(-1L)).toList();
    }

    @Test
    void listsTheNamedStatusesByInnerIdFromTheLastRowTaken() {
        for (long id = 1; id <= 10; id++) {
            shop.add(id, id % 3 == 0 ? 5 : 2);
        }
        OrderQuery query = new OrderQuery(List.of("processing"), AFTER, 3, false);

        OrderPage first = list(query, 0);
        assertThat(ids(first)).containsExactly(1L, 2L, 4L);
        assertThat(first.total()).isEqualTo(-1);
        assertThat(shop.asked.get(0)).containsEntry("updatedAtMin", "2026-07-01T10:00:00")
                .containsEntry("excludeAbandonedCart", "1").doesNotContainKey("innerIdMin");
        assertThat(((OrderPage.Readable) first.entries().get(0)).order().status()).isEqualTo("processing");

        shop.asked.clear();
        OrderPage second = list(query, 2);
        assertThat(ids(second)).containsExactly(4L, 5L, 7L);
        assertThat(shop.asked.get(0)).containsEntry("innerIdMin", "4");
        OrderPage third = list(query, 4);
        assertThat(ids(third)).containsExactly(7L, 8L, 10L);
        assertThat(ids(list(query, 6))).containsExactly(10L);
        assertThat(apiIds).containsEntry(10L, "api-10");
    }

    @Test
    void whenTheRowAskedFromLeftTheListingTheAnswerStartsAfterIt() {
        for (long id = 1; id <= 6; id++) {
            shop.add(id, 2);
        }
        OrderQuery query = new OrderQuery(List.of("processing"), AFTER, 3, false);
        assertThat(ids(list(query, 0))).containsExactly(1L, 2L, 3L);
        shop.setStatus(3, 5);

        // the sync sees that 4 is above the last id it took and steps back a page (offset 0)
        assertThat(ids(list(query, 2))).containsExactly(4L, 5L, 6L);
        assertThat(ids(list(query, 0))).containsExactly(1L, 2L, 4L);
    }

    @Test
    void closedStatusesComeWithClosedAndSettingsMayNameStatusesByInnerIdOrName() {
        shop.add(1, 1);
        shop.add(2, 2);
        shop.add(3, 5);
        shop.add(4, 7);
        shop.add(5, 15);
        shop.add(6, 11);
        table = statuses(1, 2, 5, 7, 11, 15);

        assertThat(ids(list(new OrderQuery(List.of("processing"), AFTER, 10, true), 0)))
                .containsExactly(2L, 3L, 4L, 6L);
        OrderPage named = list(new OrderQuery(List.of("Feldolgozás alatt", "15"), AFTER, 10, false), 0);
        assertThat(ids(named)).containsExactly(2L, 5L);
        // each reads back in the settings' spelling, as the sync compares the words
        assertThat(named.entries()).extracting(e -> ((OrderPage.Readable) e).order().status())
                .containsExactly("feldolgozás alatt", "15");
    }

    @Test
    void aShopThatIgnoresInnerIdMinCostsRequestsButSkipsNothing() {
        shop.ignoresInnerIdMin = true;
        for (long id = 1; id <= 8; id++) {
            shop.add(id, 2);
        }
        OrderQuery query = new OrderQuery(List.of("processing"), AFTER, 3, false);

        assertThat(ids(list(query, 0))).containsExactly(1L, 2L, 3L);
        assertThat(ids(list(query, 2))).containsExactly(3L, 4L, 5L);
        assertThat(ids(list(query, 4))).containsExactly(5L, 6L, 7L);
    }

    @Test
    void aRowThatComesTwiceIsTakenOnce() {
        for (long id = 1; id <= 4; id++) {
            shop.add(id, 2);
        }
        shop.orders.add(3, shop.orders.get(2).deepCopy());

        assertThat(ids(list(new OrderQuery(List.of("processing"), AFTER, 10, false), 0)))
                .containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aShopNotInInnerIdOrderIsReadFromTheStartAndHandedOverAsSent() {
        for (long id : new long[] {5, 1, 4, 2, 3}) {
            shop.add(id, 2);
        }
        OrderQuery query = new OrderQuery(List.of("processing"), AFTER, 2, false);

        assertThat(ids(list(query, 0))).containsExactly(5L, 1L);
        assertThat(ids(list(query, 2))).containsExactly(4L, 2L);
        assertThat(shop.asked.get(shop.asked.size() - 1)).doesNotContainKey("innerIdMin");
    }

    @Test
    void anUnknownStatusIsLookedUpOnceAndThenReportedAsMalformed() {
        shop.add(1, 2);
        shop.add(2, 99);
        shop.add(3, 2);
        ObjectNode cart = SrOrderFixtures.listedOrder().put("innerId", "4");
        cart.putObject("orderStatus");
        shop.orders.add(cart);

        OrderPage page = list(new OrderQuery(List.of("processing"), AFTER, 10, false), 0);

        assertThat(ids(page)).containsExactly(1L, 2L, 3L);
        assertThat(page.entries().get(1)).isEqualTo(new OrderPage.Malformed("2", "orderStatus", Optional.empty(),
                Optional.of(2L)));
        assertThat(reloads).hasValue(1);
    }

    @Test
    void anUnreadablePageIsAskedForOnceMoreAndTwiceInARowBreaksTheListingOff() {
        for (long id = 1; id <= 4; id++) {
            shop.add(id, 2);
        }
        OrderQuery query = new OrderQuery(List.of("processing"), AFTER, 10, false);
        shop.unreadable = 1;

        assertThat(ids(list(query, 0))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(shop.asked.get(0)).isEqualTo(shop.asked.get(1));

        shop.unreadable = 2;
        assertThatThrownBy(() -> list(query, 0)).isInstanceOfSatisfying(SrException.class,
                e -> assertThat(e.kind()).isEqualTo(SrException.Kind.UNREADABLE));
    }

    @Test
    void anErrorStatusIsNotAskedForAgainHere() {
        shop.add(1, 2);
        SrOrderPager refusing = (resource, filters, page) -> {
            shop.asked.add(filters);
            throw new SrException(500, SrException.Kind.UNREADABLE, "", "not JSON", null, false);
        };
        SrOrderListing failing = new SrOrderListing(refusing, new SrOrderReader(BUDAPEST, "tax"), BUDAPEST, apiIds);

        assertThatThrownBy(() -> failing.list(new OrderQuery(List.of("processing"), AFTER, 10, false), 0, table,
                () -> table)).isInstanceOf(SrException.class);
        assertThat(shop.asked).hasSize(1);
    }
}
