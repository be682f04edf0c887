package hu.webshopsync.webshop.orders;

import static hu.webshopsync.webshop.orders.TestOrders.HU;
import static hu.webshopsync.webshop.orders.TestOrders.SOURCE;
import static hu.webshopsync.webshop.orders.TestOrders.guestOrder;
import static org.assertj.core.api.Assertions.assertThat;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Cancellation;
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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The write-back in batches (#18): every imported order gets its ERP number in {@code POST /orders/batch}
 * items of 100, a status due rides in the same item, and nothing is written or noted twice.
 */
class OrderWriteBackTest {

    private static final Instant T = Instant.parse("2026-11-28T08:00:00Z");
    // the settings' own defaults: no import note
    private static final OrderSyncSettings DEFAULTS = OrderSyncSettings.from(ModuleSettings.empty(), "KÖZPONT");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final InMemoryHost host = new InMemoryHost(clock);
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeOrderSource shop = new FakeOrderSource();

    OrderWriteBackTest() {
        host.products.putAll(TestOrders.products());
    }

    @Test
    void theErpNumbersGoOntoTheOrdersAHundredARequestWithoutANote() {
        addOrders(1, 250);

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(shop.markRequests).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(shop.markRequests.get(0).get(0)).isEqualTo(new OrderSource.OrderMark(1, "VR-2026-000001", null));
        assertThat(shop.statusRequests).isEmpty();
        assertThat(shop.erpNumbers).hasSize(250).containsEntry(250L, "VR-2026-000250");
        assertThat(shop.noteAttempts).isZero();
        assertThat(state.bindingsOf(PendingMarks.KIND)).isEmpty();

        run();
        assertThat(shop.markRequests).as("a rerun writes nothing").hasSize(3);
    }

    @Test
    void aShopThatTakesLargerBatchesGetsThem() {
        addOrders(1, 450);
        shop.batchLimit = 200;

        run();

        assertThat(shop.markRequests).extracting(List::size).containsExactly(200, 200, 50);
        assertThat(shop.erpNumbers).hasSize(450);
    }

    @Test
    void batchesGoOutSeveralAtOnceAndEachOrderIsMarkedOnce() {
        addOrders(1, 450);

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU, 4)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(shop.markRequests).hasSize(5);
        assertThat(shop.markRequests.stream().flatMap(List::stream).map(OrderSource.OrderMark::orderId))
                .hasSize(450).doesNotHaveDuplicates();
        assertThat(shop.erpNumbers).hasSize(450);
        assertThat(state.bindingsOf(PendingMarks.KIND)).isEmpty();
    }

    @Test
    void anUnreachableShopStartsNoFurtherBatchAndTheNumbersWait() {
        addOrders(1, 450);
        shop.statusFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "connect refused", null);

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU, 2)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 450);
        assertThat(shop.markRequests).as("at most the two started together").hasSizeLessThanOrEqualTo(2);
        assertThat(result.message()).contains("450 webáruházi rendelésre még nem került fel az ERP-bizonylat száma");
        assertThat(state.bindingsOf(PendingMarks.KIND)).hasSize(450);
    }

    @Test
    void aStatusDueRidesInTheSameItemAsTheNumberAndTheFulfilmentNoteStaysOn() {
        addOrders(1, 2);
        shop.statusFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "connect refused", null);
        run();
        shop.statusFailure = null;
        host.book.fulfil("1");

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.STATUS_SENT, 1);
        assertThat(shop.markRequests.get(shop.markRequests.size() - 1)).containsExactly(
                new OrderSource.OrderMark(1, "VR-2026-000001", "completed"),
                new OrderSource.OrderMark(2, "VR-2026-000002", null));
        assertThat(shop.notes.get(1L)).containsExactly("Teljesítve az ERP-ben: VR-2026-000001");
        assertThat(shop.notes).doesNotContainKey(2L);
        assertThat(state.bindingsOf(PendingMarks.KIND)).isEmpty();
    }

    @Test
    void numbersWhoseAnswerWasLostAreWrittenAgainWithoutAskingAndTheRunSaysTheyWait() {
        addOrders(1, 3);
        shop.statusFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "read timed out", null);
        shop.statusFailureAfterStoring = true;

        ActionResult lost = run();

        assertThat(lost.outcome()).as("the orders are in the ERP").isEqualTo(Outcome.SUCCESS);
        assertThat(lost.message()).contains("3 webáruházi rendelésre még nem került fel az ERP-bizonylat száma");
        assertThat(state.bindingsOf(PendingMarks.KIND)).hasSize(3);

        shop.statusFailure = null;
        ActionResult next = run();

        assertThat(next.message()).doesNotContain("ERP-bizonylat száma");
        assertThat(shop.markReads).as("a number is written again, not asked about").isEmpty();
        assertThat(shop.markRequests).hasSize(2);
        assertThat(shop.erpNumbers).containsEntry(3L, "VR-2026-000003");
        assertThat(state.bindingsOf(PendingMarks.KIND)).isEmpty();
    }

    @Test
    void aStatusWhoseAnswerWasLostIsReadBackInOneRequestAndNotSentAgain() {
        addOrders(1, 3);
        run();
        host.book.fulfil("1");
        host.book.fulfil("2");
        shop.statusFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "read timed out", null);
        shop.statusFailureAfterStoring = true;
        run();
        shop.statusFailure = null;

        ActionResult next = run();

        assertThat(next.counts()).containsEntry(ItemStatus.STATUS_SENT, 2);
        assertThat(shop.markReads).containsExactly(List.of(1L, 2L));
        assertThat(shop.statusRequests).as("sent once, in the lost attempt").hasSize(1);
        assertThat(shop.notes.get(1L)).containsExactly("Teljesítve az ERP-ben: VR-2026-000001");
        assertThat(shop.notes.get(2L)).containsExactly("Teljesítve az ERP-ben: VR-2026-000002");
    }

    @Test
    void aShopWithoutNotesGetsTheMarksAndNoNoteIsAttempted() {
        addOrders(1, 2);
        shop.keepsNotes = false;
        OrderSyncSettings notesOn = OrderSyncSettings.from(new ModuleSettings(
                Map.of("orderNoteEnabled", "true"), Map.of()), "KÖZPONT");
        new OrderImporter(host, state, shop, SOURCE, notesOn, HU).run(ProgressListener.NONE, Cancellation.NEVER);
        host.book.fulfil("1");

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, notesOn, HU)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.STATUS_SENT, 1);
        assertThat(shop.erpNumbers).hasSize(2);
        assertThat(shop.noteAttempts).isZero();
        assertThat(state.bindingsOf(PendingNotes.KIND)).isEmpty();
    }

    private void addOrders(int fromId, int toId) {
        IntStream.rangeClosed(fromId, toId).forEach(i -> shop.add(guestOrder(i, T.plus(Duration.ofMinutes(i)))));
    }

    private ActionResult run() {
        return new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU).run(ProgressListener.NONE,
                Cancellation.NEVER);
    }
}
