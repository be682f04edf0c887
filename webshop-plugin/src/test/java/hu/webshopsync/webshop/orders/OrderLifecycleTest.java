package hu.webshopsync.webshop.orders;

import static hu.webshopsync.webshop.orders.TestOrders.DEFAULTS;
import static hu.webshopsync.webshop.orders.TestOrders.HU;
import static hu.webshopsync.webshop.orders.TestOrders.SOURCE;
import static hu.webshopsync.webshop.orders.TestOrders.guestOrder;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import hu.webshopsync.webshop.fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An order's life after the import (#16): what the shop does to it reaches the ERP, and what the
 * ERP does to it reaches the shop, each once.
 */
class OrderLifecycleTest {

    private static final Instant T = Instant.parse("2026-11-28T08:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final InMemoryHost host = new InMemoryHost(clock);
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeOrderSource shop = new FakeOrderSource();

    OrderLifecycleTest() {
        host.products.putAll(TestOrders.products());
        shop.add(guestOrder(1, T));
        ActionResult imported = run();
        assertThat(imported.counts()).containsEntry(ItemStatus.IMPORTED, 1);
    }

    @Test
    void anOrderCancelledInTheShopIsCancelledInTheErpOnce() {
        changeInShop(o -> o.put("status", "cancelled"));

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 1)
                .containsEntry(ItemStatus.ALREADY_IMPORTED, 0).containsEntry(ItemStatus.NEEDS_REVIEW, 0);
        assertThat(host.book.order("1").ref().state()).isEqualTo(CustomerOrderState.CANCELLED);
        assertThat(host.book.order("1").review()).containsExactly("A boltban visszavonva (cancelled)");
        assertThat(result.message()).contains("1 visszavonva a boltban")
                .contains("A boltban visszavont rendelések").contains("1. rendelés → VR-2026-000001");
        assertThat(result.items()).extracting(l -> l.status()).containsExactly(ItemStatus.CANCELLED_IN_SHOP);
        assertThat(shop.statusRequests).as("a change the sync made is not written back").isEmpty();

        ActionResult again = run();

        assertThat(again.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 0)
                .containsEntry(ItemStatus.NEEDS_REVIEW, 0).containsEntry(ItemStatus.ALREADY_IMPORTED, 1);
        assertThat(host.book.cancelCalls).isEqualTo(1);
        assertThat(host.book.changes).hasSize(1);
    }

    @Test
    void aFailedPaymentCancelsTooAndAFullRefundOfAnOpenOrderAsWell() {
        shop.add(guestOrder(2, T));
        run();
        changeInShop(o -> o.put("status", "failed"));
        shop.byId(2).put("status", "refunded");
        shop.touch(2, T.plus(Duration.ofHours(1)));

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 2);
        assertThat(host.book.order("2").review()).containsExactly("A boltban visszavonva (refunded)");
    }

    @Test
    void aRefundAfterTheErpFulfilledTheOrderIsFlaggedAndTheOrderStays() {
        host.book.fulfil("1");
        changeInShop(o -> o.put("status", "refunded"));

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 1)
                .containsEntry(ItemStatus.CANCELLED_IN_SHOP, 0).containsEntry(ItemStatus.STATUS_SENT, 0);
        assertThat(host.book.order("1").ref().state()).isEqualTo(CustomerOrderState.FULFILLED);
        assertThat(host.book.order("1").review())
                .containsExactly("A boltban visszavonták (refunded), de az ERP-ben már teljesítve");
        assertThat(shop.byId(1).path("status").asText()).as("the refund is not overwritten").isEqualTo("refunded");
        assertThat(shop.statusRequests).isEmpty();

        ActionResult again = run();

        assertThat(again.counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 0).containsEntry(ItemStatus.STATUS_SENT, 0);
        assertThat(host.book.order("1").review()).hasSize(1);
    }

    @Test
    void editedLinesAndTotalAreFlaggedWithWhatChanged() {
        changeInShop(o -> {
            ObjectNode line = (ObjectNode) o.withArray("line_items").get(0);
            line.put("quantity", 5).put("total", "3250.00").put("subtotal", "3250.00");
            o.put("total", "3250.00");
        });

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 1);
        assertThat(host.book.order("1").review()).containsExactly("A tételek a boltban módosultak: SKU-r2-C × 3 → "
                + "SKU-r2-C × 5; A végösszeg a boltban módosult: 1950.00 → 3250.00");
        assertThat(host.book.order("1").draft().shopGrossTotal()).as("the ERP document is not rewritten")
                .isEqualByComparingTo("1950");
        assertThat(result.message()).contains("Ellenőrizendő rendelések").contains("SKU-r2-C × 3 → SKU-r2-C × 5");

        assertThat(run().counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 0);
    }

    @Test
    void aPartRefundIsFlagged() {
        changeInShop(o -> o.putArray("refunds").addObject().put("id", 90).put("reason", "")
                .put("total", "-650.00"));

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 1);
        assertThat(host.book.order("1").review())
                .containsExactly("A boltban részben visszatérítve, eddig összesen 650.00 HUF");
        assertThat(host.book.order("1").ref().state()).isEqualTo(CustomerOrderState.OPEN);
    }

    @Test
    void anOrderTakenUpAgainAfterACancellationIsFlaggedNotImportedAgain() {
        changeInShop(o -> o.put("status", "cancelled"));
        run();
        shop.byId(1).put("status", "processing");
        shop.touch(1, T.plus(Duration.ofHours(2)));

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.NEEDS_REVIEW, 1).containsEntry(ItemStatus.IMPORTED, 0);
        assertThat(host.book.orders).hasSize(1);
        assertThat(host.book.order("1").review()).contains(
                "A boltban visszavont rendelést újra megnyitották (processing); nem került újra rögzítésre");
        assertThat(host.book.order("1").ref().state()).isEqualTo(CustomerOrderState.CANCELLED);
    }

    @Test
    void aClosedOrderTheErpNeverHadIsNoNewOrder() {
        ObjectNode failed = guestOrder(5, T.plus(Duration.ofMinutes(5)));
        failed.put("status", "failed");
        shop.add(failed);

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.FAILED, 0);
        assertThat(host.book.orders).hasSize(1);
        assertThat(result.items()).isEmpty();
    }

    @Test
    void anOrderFulfilledInTheErpIsCompletedInTheShopWithOneNote() {
        host.book.fulfil("1");

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.STATUS_SENT, 1);
        assertThat(result.message()).contains("1 állapot visszaküldve a boltba");
        assertThat(shop.statusRequests).containsExactly(List.of(new OrderSource.OrderMark(1, "VR-2026-000001", "completed")));
        assertThat(shop.byId(1).path("status").asText()).isEqualTo("completed");
        assertThat(shop.notes.get(1L)).containsExactly("Rögzítve az ERP-ben: VR-2026-000001",
                "Teljesítve az ERP-ben: VR-2026-000001");

        shop.touch(1, T.plus(Duration.ofHours(1)));
        ActionResult again = run();

        assertThat(again.counts()).containsEntry(ItemStatus.STATUS_SENT, 0).containsEntry(ItemStatus.NEEDS_REVIEW, 0)
                .containsEntry(ItemStatus.ALREADY_IMPORTED, 1);
        assertThat(shop.statusRequests).hasSize(1);
        assertThat(shop.notes.get(1L)).hasSize(2);
    }

    @Test
    void anOrderCancelledInTheErpIsCancelledInTheShopWithoutANote() {
        host.book.cancelInErp("1");

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.STATUS_SENT, 1);
        assertThat(shop.byId(1).path("status").asText()).isEqualTo("cancelled");
        assertThat(shop.notes.get(1L)).containsExactly("Rögzítve az ERP-ben: VR-2026-000001");

        shop.touch(1, T.plus(Duration.ofHours(1)));
        ActionResult again = run();
        assertThat(again.counts()).containsEntry(ItemStatus.CANCELLED_IN_SHOP, 0)
                .containsEntry(ItemStatus.NEEDS_REVIEW, 0).containsEntry(ItemStatus.STATUS_SENT, 0);
    }

    @Test
    void aLostAnswerIsAskedAboutNotSentTwiceAndTheNoteIsWrittenOnce() {
        host.book.fulfil("1");
        shop.statusFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "read timed out", null);
        shop.statusFailureAfterStoring = true;

        ActionResult lost = run();

        assertThat(lost.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(lost.counts()).containsEntry(ItemStatus.STATUS_SENT, 0).containsEntry(ItemStatus.FAILED, 1);
        assertThat(lost.message()).contains("Webáruházba vissza nem küldött állapotok");
        assertThat(shop.byId(1).path("status").asText()).as("the shop took it; the answer was lost")
                .isEqualTo("completed");
        assertThat(shop.notes.get(1L)).hasSize(1);
        assertThat(state.values()).doesNotContainKey(StatusWriteBack.cursorKey(SOURCE));

        shop.statusFailure = null;
        ActionResult next = run();

        assertThat(next.counts()).containsEntry(ItemStatus.STATUS_SENT, 1).containsEntry(ItemStatus.FAILED, 0);
        assertThat(shop.statusRequests).as("asked, not sent again").hasSize(1);
        assertThat(shop.notes.get(1L)).containsExactly("Rögzítve az ERP-ben: VR-2026-000001",
                "Teljesítve az ERP-ben: VR-2026-000001");
        assertThat(state.values()).containsEntry(StatusWriteBack.cursorKey(SOURCE), "1");

        run();
        assertThat(shop.statusRequests).hasSize(1);
        assertThat(shop.notes.get(1L)).hasSize(2);
    }

    @Test
    void aRefusedStatusHoldsTheCursorAndIsTriedAgain() {
        host.book.fulfil("1");
        shop.statusFailure = new OrderSourceException(OrderSourceException.Kind.REJECTED, "HTTP 500", null);

        assertThat(run().counts()).containsEntry(ItemStatus.FAILED, 1);
        assertThat(shop.byId(1).path("status").asText()).isEqualTo("processing");

        shop.statusFailure = null;
        assertThat(run().counts()).containsEntry(ItemStatus.STATUS_SENT, 1);
        assertThat(shop.statusRequests).hasSize(2);
    }

    @Test
    void aDashTurnsTheWriteBackOff() {
        host.book.fulfil("1");
        OrderSyncSettings off = OrderSyncSettings.from(new ModuleSettings(Map.of("fulfilledShopStatus", "-"),
                Map.of()), "KÖZPONT");

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, off, HU)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.STATUS_SENT, 0);
        assertThat(shop.statusRequests).isEmpty();
        assertThat(state.values()).containsEntry(StatusWriteBack.cursorKey(SOURCE), "1");
    }

    private void changeInShop(java.util.function.Consumer<ObjectNode> change) {
        change.accept(shop.byId(1));
        shop.touch(1, T.plus(Duration.ofHours(1)));
    }

    private ActionResult run() {
        return new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU).run(ProgressListener.NONE,
                Cancellation.NEVER);
    }
}
