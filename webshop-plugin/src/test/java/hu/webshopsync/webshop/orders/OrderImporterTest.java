package hu.webshopsync.webshop.orders;

import hu.webshopsync.webshop.fixtures.InMemoryHost;
import hu.webshopsync.webshop.fixtures.MutableClock;
import hu.webshopsync.api.ItemStatus;
import static hu.webshopsync.webshop.orders.TestOrders.DEFAULTS;
import static hu.webshopsync.webshop.orders.TestOrders.HU;
import static hu.webshopsync.webshop.orders.TestOrders.SOURCE;
import static hu.webshopsync.webshop.orders.TestOrders.guestOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.DuplicateExternalReferenceException;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.webshop.fixtures.InMemoryStateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderImporterTest {

    private static final Instant T = Instant.parse("2026-11-28T08:00:00Z");
    private static final String CURSOR = OrderCursor.key(SOURCE);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final InMemoryHost host = new InMemoryHost(clock);
    private final InMemoryStateStore state = new InMemoryStateStore();
    private final FakeOrderSource shop = new FakeOrderSource();

    OrderImporterTest() {
        host.products.putAll(TestOrders.products());
    }

    @Test
    void importsEachNewOrderOnceAndASecondRunImportsNothing() {
        addOrders(1, 3);

        ActionResult first = run();

        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.counts()).containsExactly(Map.entry(ItemStatus.IMPORTED, 3), Map.entry(ItemStatus.ALREADY_IMPORTED, 0),
                Map.entry(ItemStatus.NEEDS_REVIEW, 0), Map.entry(ItemStatus.FAILED, 0),
                Map.entry(ItemStatus.CANCELLED_IN_SHOP, 0), Map.entry(ItemStatus.STATUS_SENT, 0));
        assertThat(first.items()).containsExactly(new ItemLine("1", ItemStatus.IMPORTED, "VR-2026-000001"),
                new ItemLine("2", ItemStatus.IMPORTED, "VR-2026-000002"), new ItemLine("3", ItemStatus.IMPORTED, "VR-2026-000003"));
        assertThat(first.message()).startsWith("Webáruház szinkron: 3 új rendelés rögzítve, 0 ellenőrizendő");
        assertThat(host.book.drafts()).extracting(d -> d.externalReference()).containsExactly("1", "2", "3");
        assertThat(host.book.drafts()).allSatisfy(d -> {
            assertThat(d.externalSource()).isEqualTo(SOURCE);
            assertThat(d.reserveInWarehouse()).isEqualTo("KÖZPONT");
        });
        assertThat(shop.notes).containsEntry(1L, List.of("Rögzítve az ERP-ben: VR-2026-000001"))
                .containsEntry(3L, List.of("Rögzítve az ERP-ben: VR-2026-000003"));
        assertThat(state.values()).containsEntry(CURSOR, at(3).toString());

        ActionResult second = run();

        assertThat(second.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(second.counts()).containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.ALREADY_IMPORTED, 3);
        assertThat(host.book.orders).hasSize(3);
        assertThat(host.book.createCalls).isEqualTo(3);
        assertThat(shop.noteAttempts).isEqualTo(3);
    }

    @Test
    void firstRunLooksBackThirtyDaysFromTheHostClock() {
        shop.add(guestOrder(1, clock.instant().minus(Duration.ofDays(31))));
        shop.add(guestOrder(2, clock.instant().minus(Duration.ofDays(29))));

        run();

        assertThat(shop.queries.get(0).modifiedAfter()).isEqualTo(clock.instant().minus(Duration.ofDays(30)));
        assertThat(shop.queries.get(0).statuses()).containsExactly("processing", "on-hold");
        assertThat(shop.queries.get(0).perPage()).isEqualTo(100);
        assertThat(host.book.drafts()).extracting(d -> d.externalReference()).containsExactly("2");
    }

    @Test
    void overlapWindowReListsImportedOrdersAndCreatesNothing() {
        addOrders(1, 2);
        run();
        // saved late by the shop: changed before the cursor, but within the overlap
        shop.add(guestOrder(3, at(2).minus(Duration.ofMinutes(5))));

        ActionResult second = run();

        assertThat(shop.queries.get(1).modifiedAfter()).isEqualTo(at(2).minus(Duration.ofMinutes(10)));
        // orders 1 and 2 are both inside the overlap: listed again, created never
        assertThat(second.counts()).containsEntry(ItemStatus.IMPORTED, 1).containsEntry(ItemStatus.ALREADY_IMPORTED, 2);
        assertThat(host.book.orders).hasSize(3);
        assertThat(host.book.createCalls).isEqualTo(3);
        assertThat(state.values()).containsEntry(CURSOR, at(2).toString());
    }

    @Test
    void orderChangedAfterItsImportIsNotImportedAgain() {
        addOrders(1, 1);
        run();
        shop.byId(1).put("customer_note", "Mégis reggel jöjjenek");
        shop.touch(1, at(30));

        ActionResult second = run();

        assertThat(second.counts()).containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.ALREADY_IMPORTED, 1);
        assertThat(host.book.orders).hasSize(1);
        assertThat(state.values()).containsEntry(CURSOR, at(30).toString());
    }

    @Test
    void cursorDoesNotPassAMalformedOrderAndTheNextRunsTryItAgain() {
        addOrders(1, 3);
        shop.byId(2).put("total", "ezerkilencszázötven");

        ActionResult first = run();

        assertThat(first.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(first.counts()).containsEntry(ItemStatus.IMPORTED, 2).containsEntry(ItemStatus.FAILED, 1);
        assertThat(first.items()).extracting(ItemLine::item, ItemLine::status, ItemLine::reason)
                .contains(tuple("2", ItemStatus.FAILED, "Olvashatatlan rendelés: hiányzó vagy hibás mező: total"));
        assertThat(first.message()).contains("Sikertelen rendelések", "2. rendelés: Olvashatatlan rendelés");
        assertThat(state.values()).containsEntry(CURSOR, at(1).toString());

        ActionResult second = run();

        assertThat(second.counts()).containsEntry(ItemStatus.FAILED, 1).containsEntry(ItemStatus.ALREADY_IMPORTED, 2);
        assertThat(state.values()).containsEntry(CURSOR, at(1).toString());

        shop.byId(2).put("total", "1950.00");
        ActionResult third = run();

        assertThat(third.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(third.counts()).containsEntry(ItemStatus.IMPORTED, 1).containsEntry(ItemStatus.ALREADY_IMPORTED, 2);
        assertThat(state.values()).containsEntry(CURSOR, at(3).toString());
    }

    @Test
    void orderWithoutAnIdIsReportedAndHoldsTheCursor() {
        addOrders(1, 2);
        ObjectNode noId = guestOrder(99, at(1).plusSeconds(30));
        noId.remove("id");
        shop.add(noId);

        ActionResult result = run();

        assertThat(result.items()).extracting(ItemLine::item, ItemLine::status, ItemLine::reason)
                .contains(tuple("99", ItemStatus.FAILED, "Olvashatatlan rendelés: hiányzó vagy hibás mező: id"));
        assertThat(host.book.orders).hasSize(2);
        assertThat(state.values()).containsEntry(CURSOR, at(1).toString());
    }

    @Test
    void orderTheErpRefusesFailsAndHoldsTheCursor() {
        addOrders(1, 3);
        host.book.beforeCreate = d -> d.externalReference().equals("2")
                ? new IllegalArgumentException("unknown warehouse KÖZPONT") : null;

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(result.items()).extracting(ItemLine::item, ItemLine::status, ItemLine::reason)
                .contains(tuple("2", ItemStatus.FAILED, "Az ERP nem fogadta el a rendelést: unknown warehouse KÖZPONT"));
        assertThat(state.values()).containsEntry(CURSOR, at(1).toString());
    }

    @Test
    void orderCommittedMeanwhileByAConcurrentRunCountsAsAlreadyImported() {
        addOrders(1, 3);
        host.book.beforeCreate = d -> d.externalReference().equals("2")
                ? new DuplicateExternalReferenceException(d.externalSource(), "2") : null;

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 2).containsEntry(ItemStatus.ALREADY_IMPORTED, 1)
                .containsEntry(ItemStatus.FAILED, 0);
        assertThat(state.values()).containsEntry(CURSOR, at(3).toString());
    }

    @Test
    void reusedOrderIdWithAnotherOrderKeyNeedsAHumanInsteadOfBeingSkipped() {
        addOrders(1, 1);
        run();
        assertThat(state.bindingsOf(OrderKeys.KIND)).containsKey(SOURCE + "#1");
        // the shop's database was restored: id 1 is now someone else's purchase
        shop.orders.clear();
        ObjectNode other = guestOrder(1, at(50)).put("order_key", "wc_order_somebodyElse");
        shop.add(other);

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(result.counts()).containsEntry(ItemStatus.FAILED, 1).containsEntry(ItemStatus.ALREADY_IMPORTED, 0);
        assertThat(result.items().get(0).reason()).contains("más rendelési kulccsal");
        assertThat(host.book.orders).hasSize(1);
        assertThat(state.values()).containsEntry(CURSOR, at(1).toString());
    }

    @Test
    void noteFailureKeepsTheImportAndTheNextRunSendsTheNote() {
        addOrders(1, 2);
        shop.noteFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "shop: timeout", null);

        ActionResult first = run();

        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.counts()).containsEntry(ItemStatus.IMPORTED, 2);
        assertThat(host.book.orders).hasSize(2);
        assertThat(first.items()).filteredOn(i -> i.status().equals(ItemStatus.WARNING)).hasSize(2);
        assertThat(first.message()).contains("2 rendeléshez nem sikerült megjegyzést írni");
        // an unreachable shop is asked once, not once per note
        assertThat(shop.noteAttempts).isEqualTo(1);
        assertThat(state.bindingsOf(PendingNotes.KIND)).hasSize(2);

        shop.noteFailure = null;
        ActionResult second = run();

        assertThat(second.counts()).containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.ALREADY_IMPORTED, 2);
        assertThat(shop.notes).containsEntry(1L, List.of("Rögzítve az ERP-ben: VR-2026-000001"))
                .containsEntry(2L, List.of("Rögzítve az ERP-ben: VR-2026-000002"));
        assertThat(state.bindingsOf(PendingNotes.KIND)).isEmpty();
        assertThat(second.message()).doesNotContain("megjegyzés");
    }

    @Test
    void anUnreachableShopStopsTheParallelNotesAfterThoseAlreadyOnTheirWay() {
        addOrders(1, 120);
        shop.noteFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "shop: timeout", null);

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU, 4)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 120);
        assertThat(shop.noteAttempts).as("at most the four started together").isBetween(1, 4);
        assertThat(state.bindingsOf(PendingNotes.KIND)).hasSize(120);
    }

    @Test
    void noteForAnOrderDeletedFromTheShopIsDropped() {
        addOrders(1, 1);
        shop.noteFailure = new OrderSourceException(OrderSourceException.Kind.NOT_FOUND, "HTTP 404", null);

        run();

        assertThat(state.bindingsOf(PendingNotes.KIND)).isEmpty();
    }

    @Test
    void notesAreNotWrittenWhenSwitchedOff() {
        addOrders(1, 2);
        OrderSyncSettings noNotes = OrderSyncSettings.from(
                new ModuleSettings(Map.of("orderNoteEnabled", "false"), Map.of()), null);

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, noNotes, HU)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 2);
        assertThat(shop.noteAttempts).isZero();
        assertThat(state.bindingsOf(PendingNotes.KIND)).isEmpty();
        assertThat(host.book.drafts()).allSatisfy(d -> assertThat(d.reserveInWarehouse()).isNull());
    }

    @Test
    void cancellationStopsBetweenOrdersAndStoresThoseReadBeforeIt() {
        addOrders(1, 5);
        // asked once before the page, then before each order: the third order is not taken
        AtomicInteger asked = new AtomicInteger();

        ActionResult cancelled = importer().run(ProgressListener.NONE, () -> asked.incrementAndGet() > 3);

        assertThat(cancelled.outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(cancelled.message()).startsWith("A szinkront megszakították");
        assertThat(host.book.orders).hasSize(2);
        // an order not listed yet may have changed before those imported: the cursor waits for a whole listing
        assertThat(state.values()).doesNotContainKey(CURSOR);
        assertThat(state.bindingsOf(PendingNotes.KIND)).hasSize(2);
        assertThat(shop.noteAttempts).isZero();

        ActionResult rest = run();

        assertThat(rest.counts()).containsEntry(ItemStatus.IMPORTED, 3).containsEntry(ItemStatus.ALREADY_IMPORTED, 2);
        assertThat(shop.notes).hasSize(5);
        assertThat(state.values()).containsEntry(CURSOR, at(5).toString());
    }

    @Test
    void refusedCredentialsFailTheRunWithoutWritingAnything() {
        addOrders(1, 2);
        shop.pageFailures.put(1, new OrderSourceException(OrderSourceException.Kind.AUTHENTICATION,
                "HTTP 401 woocommerce_rest_cannot_view", null));

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).isEqualTo("A webáruház rendelései nem kérhetők le. A webáruház elutasította a "
                + "hozzáférési kulcsot (HTTP 401 woocommerce_rest_cannot_view); ellenőrizze a Consumer key és "
                + "Consumer secret beállítást és a kulcs olvasási jogát. Semmi sem változott.");
        assertThat(host.book.createCalls).isZero();
        assertThat(state.writes()).isZero();
        assertThat(state.locks()).containsValue(false).doesNotContainValue(true);
    }

    @Test
    void theAdaptersExplanationOfAFailureIsWhatTheUserReads() {
        addOrders(1, 1);
        shop.pageFailures.put(1, new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "IO",
                "A webáruház (bolt.example.hu) nem válaszolt időben.", null));

        ActionResult result = run();

        assertThat(result.message()).isEqualTo("A webáruház rendelései nem kérhetők le. A webáruház "
                + "(bolt.example.hu) nem válaszolt időben. Semmi sem változott.");
    }

    @Test
    void listingBrokenOffOnALaterPageKeepsTheCommittedPages() {
        addOrders(1, 150);
        shop.pageFailures.put(2, new OrderSourceException(OrderSourceException.Kind.UNREACHABLE,
                "127.0.0.1:8081: no answer within the read timeout", null));

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 100);
        assertThat(result.message()).contains("A rendelések letöltése félbeszakadt. A webáruház nem érhető el");
        assertThat(state.values()).doesNotContainKey(CURSOR);
        // the shop is down: the notes wait for the next run
        assertThat(shop.noteAttempts).isZero();
        assertThat(state.bindingsOf(PendingNotes.KIND)).hasSize(100);
    }

    @Test
    void credentialsRefusedOnALaterPageFailTheRunButKeepTheImportedOrders() {
        addOrders(1, 150);
        shop.pageFailures.put(2, new OrderSourceException(OrderSourceException.Kind.AUTHENTICATION,
                "HTTP 401 woocommerce_rest_authentication_error", null));

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 100);
        assertThat(result.message()).contains("100 új rendelés rögzítve")
                .contains("A rendelések letöltése félbeszakadt. A webáruház elutasította a hozzáférési kulcsot")
                .contains("a többit a következő futás hozza át");
        assertThat(state.values()).doesNotContainKey(CURSOR);
        assertThat(shop.noteAttempts).isZero();
    }

    @Test
    void aThousandOrdersTakeElevenListRequestsAndBulkLookupsPerPage() {
        addOrders(1, 1000);
        List<long[]> progress = new ArrayList<>();

        ActionResult result = importer().run(new ProgressListener() {
            @Override
            public void progress(long done, long total) {
                progress.add(new long[] {done, total});
            }

            @Override
            public void status(String message) {
            }
        }, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 1000);
        // each request after the first starts at the last order taken, to see whether rows moved
        assertThat(shop.offsetsRequested).containsExactly(0, 99, 198, 297, 396, 495, 594, 693, 792, 891, 990);
        assertThat(host.book.existingReferenceCalls).isEqualTo(11);
        assertThat(host.bySkusCalls).isEqualTo(11);
        assertThat(host.book.createAllSizes).as("one ERP transaction per page").containsExactly(
                100, 99, 99, 99, 99, 99, 99, 99, 99, 99, 9);
        // per page: order keys, pending ERP numbers and notes; the cursor once; one delete of the numbers
        // written back; then one write marking the notes as being sent and one delete per 50 sent notes
        // (a killed run re-checks at most 50 notes)
        assertThat(state.writes()).isLessThanOrEqualTo(11 * 2 + 1 + 1 + 1 + 1000 / 50);
        assertThat(progress).last().isEqualTo(new long[] {1000, 1000});
    }

    @Test
    void notesGoOutSeveralAtOnceAndEachOrderGetsExactlyOne() {
        addOrders(1, 230);

        ActionResult result = new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU, 4)
                .run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 230);
        assertThat(shop.notes).hasSize(230).allSatisfy((id, texts) -> assertThat(texts).hasSize(1));
        assertThat(shop.noteAttempts).isEqualTo(230);
        assertThat(state.bindingsAfter(PendingNotes.KIND, null, 1000)).isEmpty();
    }

    @Test
    void anOrderChangedDuringTheRunKeepsItsPlaceInTheListing() {
        addOrders(1, 150);
        // by modification time order 10 would move to the end and push order 101 off page 2; by id it stays
        shop.beforePage = request -> {
            if (request == 2) {
                shop.touch(10, at(200));
            }
        };

        ActionResult first = run();

        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(first.counts()).containsEntry(ItemStatus.IMPORTED, 150);
        assertThat(state.values()).containsEntry(CURSOR, at(150).toString());

        shop.beforePage = request -> { };
        ActionResult second = run();

        assertThat(second.counts()).containsEntry(ItemStatus.IMPORTED, 0).containsEntry(ItemStatus.ALREADY_IMPORTED, 11);
        assertThat(state.values()).containsEntry(CURSOR, at(200).toString());
    }

    @Test
    void orderLeavingTheListingDuringTheRunMakesItStepBackInsteadOfSkippingAnOrder() {
        addOrders(1, 150);
        // order 10 is trashed by the shop owner meanwhile: it leaves the listing and every later row moves up,
        // so the second request, which starts at the last order taken (100), finds 101 there (a completed
        // order stays listed since #16: the sync follows imported orders into their closed statuses)
        shop.beforePage = request -> {
            if (request == 2) {
                shop.byId(10).put("status", "trash");
            }
        };

        ActionResult result = run();

        assertThat(shop.offsetsRequested).containsExactly(0, 99, 0, 99);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(host.book.drafts()).extracting(d -> d.externalReference()).hasSize(150).doesNotHaveDuplicates();
        assertThat(state.values()).containsEntry(CURSOR, at(150).toString());
    }

    @Test
    void anOrderJoiningTheListingBehindTheRunIsFoundByReadingTheListingAgain() {
        addOrders(1, 150);
        shop.byId(5).put("status", "pending");
        // paid while the run is on page 2: it joins the listing at a row the run has passed
        shop.beforePage = request -> {
            if (request == 2) {
                shop.byId(5).put("status", "processing");
                shop.touch(5, at(200));
            }
        };

        ActionResult result = run();

        assertThat(shop.offsetsRequested).containsExactly(0, 99, 0, 99);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 150);
        assertThat(state.values()).containsEntry(CURSOR, at(200).toString());
    }

    @Test
    void anOrderAnAnswerLeftOutIsFoundByReadingTheListingAgain() {
        addOrders(1, 250);
        // X-WP-Total counts order 150, the answer to the second request does not hold it
        shop.missingFromAnswer = request -> request == 2 ? Set.of(150L) : Set.of();

        ActionResult result = run();

        assertThat(shop.offsetsRequested).containsExactly(0, 99, 198, 0, 99, 198);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 250);
        assertThat(host.book.drafts()).extracting(d -> d.externalReference()).contains("150").doesNotHaveDuplicates();
        assertThat(state.values()).containsEntry(CURSOR, at(250).toString());
    }

    @Test
    void aListingThatStaysShortIsReportedAndTheCursorStaysUntilAWholeListingIsSeen() {
        addOrders(1, 250);
        run();
        addOrders(251, 300);
        shop.missingFromAnswer = request -> Set.of(280L);

        ActionResult short1 = run();

        assertThat(short1.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(short1.counts()).containsEntry(ItemStatus.IMPORTED, 49).containsEntry(ItemStatus.FAILED, 0);
        // listed from the cursor minus the overlap: orders 241 to 300
        assertThat(short1.message()).contains("A webáruház rendeléslistája letöltés közben változott: 59 rendelés "
                + "látszott a webáruház szerinti 60 közül, többszöri újraolvasás után is.");
        assertThat(state.values()).containsEntry(CURSOR, at(250).toString());

        shop.missingFromAnswer = request -> Set.of();
        ActionResult healed = run();

        assertThat(healed.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(healed.counts()).containsEntry(ItemStatus.IMPORTED, 1);
        assertThat(host.book.orders).hasSize(300);
        assertThat(state.values()).containsEntry(CURSOR, at(300).toString());
    }

    @Test
    void aShopThatIgnoresTheIdOrderIsReadByPlainPagesAndStillCheckedByItsCount() {
        addOrders(1, 250);
        shop.newestFirst = true;

        ActionResult result = run();

        assertThat(shop.offsetsRequested).containsExactly(0, 100, 200);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 250);
        assertThat(state.values()).containsEntry(CURSOR, at(250).toString());
    }

    @Test
    void aPassLongerThanTheOverlapIsReadOnceMore() {
        addOrders(1, 250);
        // importing the first pass takes 18 minutes: an order changed meanwhile may be older than the overlap
        shop.beforePage = request -> {
            if (request <= 3) {
                clock.advance(Duration.ofMinutes(6));
            }
        };

        ActionResult result = run();

        assertThat(shop.offsetsRequested).containsExactly(0, 99, 198, 0, 99, 198);
        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 250);
        assertThat(state.values()).containsEntry(CURSOR, at(250).toString());
    }

    @Test
    void ordersToReviewAreImportedAndListedWithTheirReasons() {
        addOrders(1, 2);
        ((ObjectNode) shop.byId(2).withArray("line_items").get(0)).put("sku", "NINCS-ILYEN");

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 1).containsEntry(ItemStatus.NEEDS_REVIEW, 1);
        assertThat(result.items()).extracting(ItemLine::item, ItemLine::status, ItemLine::reason)
                .contains(tuple("2", ItemStatus.NEEDS_REVIEW,
                        "VR-2026-000002: Ismeretlen cikkszám: NINCS-ILYEN (Batch C r2); ÁFA 27% feltételezve"));
        ItemLine review = result.items().stream().filter(i -> i.status().equals(ItemStatus.NEEDS_REVIEW)).findFirst()
                .orElseThrow();
        assertThat(review.texts()).extracting(t -> OrderMessages.text(t, java.util.Locale.ENGLISH).orElseThrow())
                .singleElement().asString().startsWith("VR-2026-000002: ").contains("NINCS-ILYEN")
                .doesNotContain("Ismeretlen");
        assertThat(result.message()).contains("Ellenőrizendő rendelések:",
                "2. rendelés → VR-2026-000002: Ismeretlen cikkszám: NINCS-ILYEN");
        // the message is kept as texts too: the same lines, and in English for a reader of the history
        assertThat(result.messageTexts()).extracting(t -> OrderMessages.text(t, new java.util.Locale("hu")).orElseThrow())
                .containsExactlyElementsOf(result.message().lines().toList());
        String english = String.join("\n", result.messageTexts().stream()
                .map(t -> OrderMessages.text(t, java.util.Locale.ENGLISH).orElseThrow()).toList());
        assertThat(english).contains("NINCS-ILYEN").doesNotContain("Ellenőrizendő", "Ismeretlen", "rendelés");
        assertThat(host.book.order("2").draft().needsReview()).isTrue();
    }

    @Test
    void lineWithAStaleSkuIsMatchedThroughTheProductSyncBindingWalkedOncePerRun() {
        addOrders(1, 2);
        shop.orders.forEach(o -> ((ObjectNode) o.withArray("line_items").get(0)).putNull("sku"));
        state.saveBindings(List.of(new Binding("product", "SKU-r2-C", "18", "h", "")));

        ActionResult result = run();

        assertThat(result.counts()).containsEntry(ItemStatus.IMPORTED, 2).containsEntry(ItemStatus.NEEDS_REVIEW, 0);
        assertThat(host.book.drafts()).allSatisfy(d -> assertThat(d.lines().get(0).sku()).isEqualTo("SKU-r2-C"));
    }

    @Test
    void anotherRunOfTheSameShopMakesThisOneFail() {
        addOrders(1, 1);
        state.tryLock("order-sync:" + SOURCE, Duration.ofMinutes(10));

        ActionResult result = run();

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.message()).startsWith("Már fut egy webáruház-rendelés szinkron");
        assertThat(shop.offsetsRequested).isEmpty();
    }

    @Test
    void secondOrderOfANewGuestFindsTheCustomerTheFirstOneCreated() {
        ObjectNode a = guestOrder(1, at(1));
        ObjectNode b = guestOrder(2, at(2));
        ((ObjectNode) b.get("billing")).put("email", "vevo1@example.com");
        shop.add(a).add(b);

        run();

        assertThat(host.book.customers).hasSize(1);
        assertThat(host.book.order("2").customerId()).isEqualTo(host.book.order("1").customerId());
        assertThat(host.book.createAllSizes).as("the second order waits for the first").containsExactly(1, 1);
    }

    @Test
    void aDatabaseFailureStoresNoneOfThePageHoldsTheCursorAndTheNextRunImportsThem() {
        addOrders(1, 3);
        host.book.beforeCreate = d -> d.externalReference().equals("2") ? new IllegalStateException("disk full") : null;

        ActionResult failed = run();

        assertThat(failed.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(failed.counts()).containsEntry(ItemStatus.FAILED, 3).containsEntry(ItemStatus.IMPORTED, 0);
        assertThat(failed.items()).extracting(ItemLine::reason).allSatisfy(r -> assertThat(r)
                .contains("IllegalStateException").doesNotContain("disk full"));
        assertThat(host.book.orders).isEmpty();
        assertThat(state.values()).doesNotContainKey(CURSOR);
        assertThat(shop.noteAttempts).isZero();

        host.book.beforeCreate = d -> null;
        ActionResult again = run();

        assertThat(again.counts()).containsEntry(ItemStatus.IMPORTED, 3);
        assertThat(host.book.orders).hasSize(3);
    }

    private void addOrders(int fromId, int toId) {
        IntStream.rangeClosed(fromId, toId).forEach(i -> shop.add(guestOrder(i, at(i))));
    }

    private static Instant at(int minutes) {
        return T.plus(Duration.ofMinutes(minutes));
    }

    private OrderImporter importer() {
        return new OrderImporter(host, state, shop, SOURCE, DEFAULTS, HU);
    }

    private ActionResult run() {
        return importer().run(ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void aNoteWhoseAnswerWasLostIsCheckedNotSentTwice() {
        addOrders(1, 3);
        shop.noteFailure = new OrderSourceException(OrderSourceException.Kind.UNREACHABLE, "connection reset", null);
        importer().run(ProgressListener.NONE, Cancellation.NEVER);
        assertThat(state.bindingsOf(PendingNotes.KIND).values()).hasSize(3)
                .allSatisfy(b -> assertThat(b.contentHash()).isEqualTo("attempted"));
        // the first attempt did reach the shop for order 1 (its answer was lost)
        shop.noteFailure = null;
        shop.addNote(1, new OrderMessages(java.util.Locale.forLanguageTag("hu"))
                .shopNote(state.bindingsOf(PendingNotes.KIND).values().stream().filter(b -> b.remoteId().equals("1"))
                        .findFirst().orElseThrow().extra()));
        int attemptsBefore = shop.noteAttempts;

        importer().run(ProgressListener.NONE, Cancellation.NEVER);

        assertThat(shop.noteAttempts - attemptsBefore).isEqualTo(2);
        assertThat(shop.notes.get(1L)).hasSize(1);
        assertThat(shop.notes.get(2L)).hasSize(1);
        assertThat(state.bindingsOf(PendingNotes.KIND)).isEmpty();
    }
}
