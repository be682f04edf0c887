package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.CustomerOrderState;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.OrderStateChange;
import hu.webshopsync.api.PluginStateStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ERP → shop, statuses: the orders fulfilled or cancelled in the ERP get their shop status
 * ({@code fulfilledShopStatus}, {@code cancelledShopStatus}), the fulfilled ones a private note
 * "Teljesítve az ERP-ben: VR-…" too when the shop keeps notes. {@link OrderWriteBack} sends the
 * statuses in the same batches as the ERP numbers.
 *
 * <p>Follows {@link CustomerOrderBook#stateChangesSince} from a cursor (state key
 * {@code orders.writeback.<sourceId>}) that only moves past changes the shop confirmed, or that need
 * nothing sent (made by the sync itself, or their status setting is empty). Each status to send is
 * recorded before it is sent (binding kind {@code order-status-pending}, key
 * {@code <sourceId>#<order id>}, extra {@code <sequence>|<status>|<ERP number>}, marked
 * {@code attempted}); once the shop confirms it, the mark becomes {@code sent} in the same state
 * write that remembers the note in {@link PendingNotes}. So after a lost answer or a killed run the
 * next run reads the orders back ({@link OrderSource#marksOf}, one request per 100) before sending
 * again, and the note is remembered exactly once: a status is never flipped twice and an order never
 * gets two notes. An order the shop has called off (its {@link OrderTrace}) keeps its shop status;
 * the order sync flagged it for review.
 */
final class StatusWriteBack {

    static final String KIND = "order-status-pending";

    private static final Logger LOG = LoggerFactory.getLogger(StatusWriteBack.class);
    private static final String ATTEMPTED = "attempted";
    private static final String SENT = "sent";
    private static final int PAGE = 100;
    // a run writes back at most this many changes; the rest wait for the next run
    private static final int MAX_PAGES = 20;

    private final CustomerOrderBook book;
    private final PluginStateStore state;
    private final String sourceId;
    private final OrderSyncSettings settings;
    private final PendingNotes notes;
    private final OrderTraces traces;

    StatusWriteBack(CustomerOrderBook book, PluginStateStore state, String sourceId, OrderSyncSettings settings,
                    PendingNotes notes, OrderTraces traces) {
        this.book = Objects.requireNonNull(book, "book");
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.notes = Objects.requireNonNull(notes, "notes");
        this.traces = Objects.requireNonNull(traces, "traces");
    }

    /** One status to set in the shop, for one ERP state change. */
    record Intent(long sequence, long orderId, String erpNumber, String status, boolean fulfilled) {

        String record() {
            return sequence + "|" + status + "|" + erpNumber;
        }
    }

    /** A status the shop now has. */
    record Sent(long orderId, String erpNumber, String status) {
    }

    /** A status the shop did not take; the line says why. */
    record Failure(long orderId, String erpNumber, LocalizedText why) {
    }

    /** What a run wrote back. */
    record Result(List<Sent> sent, List<Failure> failed) {
    }

    static String cursorKey(String sourceId) {
        return "orders.writeback." + sourceId;
    }

    /**
     * What a run has to send, and what it has settled already. Only this class reads its parts.
     *
     * @param cursor    the cursor at the start
     * @param changes   the ERP's changes after it
     * @param settled   the sequences that need nothing more
     * @param intents   every status to be in the shop, by order key
     * @param confirmed statuses the shop has from an earlier attempt
     * @param toSend    statuses to send, recorded as attempted
     * @param failed    what failed already (the shop could not be asked, the order is gone)
     */
    record Plan(long cursor, List<OrderStateChange> changes, Set<Long> settled, Map<String, Intent> intents,
                List<Intent> confirmed, List<Intent> toSend, List<Failure> failed) {

        /** @return the status marks to send, each with the order's ERP number */
        List<OrderSource.OrderMark> marks() {
            return toSend.stream().map(i -> new OrderSource.OrderMark(i.orderId(), i.erpNumber(), i.status()))
                    .toList();
        }
    }

    /**
     * Reads what the ERP changed since the cursor, asks the shop about attempts whose outcome is
     * unknown, and records the statuses to send as attempted, before any is sent.
     *
     * @param source the shop
     * @return the plan; {@link #settle} finishes it with what became of its marks
     */
    Plan plan(OrderSource source) {
        long cursor = state.get(cursorKey(sourceId)).map(Long::parseLong).orElse(0L);
        List<OrderStateChange> changes = changesAfter(cursor);
        Set<Long> settled = new HashSet<>();
        Map<String, Intent> intents = new LinkedHashMap<>();
        for (OrderStateChange change : changes) {
            Optional<Intent> intent = intent(change);
            if (intent.isEmpty()) {
                settled.add(change.sequence());
            } else {
                // states end once, so an order has one change to send; a later one would win
                Intent previous = intents.put(key(intent.get().orderId()), intent.get());
                if (previous != null) {
                    settled.add(previous.sequence());
                }
            }
        }
        // the shop called the order off after the ERP finished it: flagged for a person, not overwritten
        Map<Long, OrderTrace> seen = traces.known(intents.values().stream().map(Intent::orderId).toList());
        intents.values().removeIf(i -> {
            boolean calledOff = seen.containsKey(i.orderId()) && seen.get(i.orderId()).stage().calledOff();
            if (calledOff) {
                settled.add(i.sequence());
            }
            return calledOff;
        });
        Plan plan = new Plan(cursor, changes, settled, intents, new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Map<String, Binding> records = intents.isEmpty() ? Map.of() : state.bindings(KIND, intents.keySet());
        List<Intent> toAsk = new ArrayList<>();
        for (Map.Entry<String, Intent> e : intents.entrySet()) {
            Intent intent = e.getValue();
            Binding record = records.get(e.getKey());
            boolean same = record != null && record.extra().equals(intent.record());
            if (same && SENT.equals(record.contentHash())) {
                settled.add(intent.sequence());
            } else if (same && ATTEMPTED.equals(record.contentHash())) {
                toAsk.add(intent);
            } else {
                plan.toSend().add(intent);
            }
        }
        askFirst(source, toAsk, plan);
        if (!plan.toSend().isEmpty()) {
            state.saveBindings(plan.toSend().stream().map(i -> binding(i, ATTEMPTED)).toList());
        }
        return plan;
    }

    /**
     * Finishes a plan: the statuses the shop confirmed are marked sent, together with their fulfilment
     * notes, and the cursor passes what needs nothing more.
     *
     * @param plan       the plan
     * @param outcomes   what became of its marks, by shop order id; a mark missing was not sent
     * @param takesNotes whether the shop keeps notes (else no fulfilment note is remembered)
     * @return what was sent and what failed
     */
    Result settle(Plan plan, Map<Long, MarkSender.Outcome> outcomes, boolean takesNotes) {
        List<Intent> confirmed = new ArrayList<>(plan.confirmed());
        List<Failure> failed = new ArrayList<>(plan.failed());
        for (Intent intent : plan.toSend()) {
            MarkSender.Outcome outcome = outcomes.get(intent.orderId());
            if (outcome == null || outcome.answer() == null && outcome.failure() == null) {
                continue;
            }
            if (outcome.failure() != null) {
                failed.add(new Failure(intent.orderId(), intent.erpNumber(), why(outcome.failure())));
            } else if (outcome.is(OrderSource.StatusAnswer.Result.SET)) {
                confirmed.add(intent);
            } else if (outcome.is(OrderSource.StatusAnswer.Result.GONE)) {
                plan.settled().add(intent.sequence());
                failed.add(new Failure(intent.orderId(), intent.erpNumber(), LocalizedText.of("writeback.gone")));
            } else {
                failed.add(new Failure(intent.orderId(), intent.erpNumber(), LocalizedText.of("writeback.refused",
                        intent.status(), outcome.answer().detail())));
            }
        }
        confirm(confirmed, takesNotes);
        List<Sent> sent = new ArrayList<>();
        confirmed.forEach(i -> {
            plan.settled().add(i.sequence());
            sent.add(new Sent(i.orderId(), i.erpNumber(), i.status()));
        });
        moveCursor(plan.cursor(), plan.changes(), plan.settled(), plan.intents().values());
        return new Result(sent, failed);
    }

    private List<OrderStateChange> changesAfter(long cursor) {
        List<OrderStateChange> out = new ArrayList<>();
        long after = cursor;
        for (int page = 0; page < MAX_PAGES; page++) {
            List<OrderStateChange> got = book.stateChangesSince(sourceId, after, PAGE);
            out.addAll(got);
            if (got.size() < PAGE) {
                break;
            }
            after = got.get(got.size() - 1).sequence();
        }
        return out;
    }

    private Optional<Intent> intent(OrderStateChange change) {
        if (change.bySource()) {
            return Optional.empty();
        }
        String status = change.order().state() == CustomerOrderState.FULFILLED ? settings.fulfilledShopStatus()
                : change.order().state() == CustomerOrderState.CANCELLED ? settings.cancelledShopStatus() : "";
        String reference = change.order().externalReference();
        if (status.isEmpty() || reference == null || !reference.matches("\\d{1,18}")
                || change.order().number() == null || change.order().number().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Intent(change.sequence(), Long.parseLong(reference), change.order().number(), status,
                change.order().state() == CustomerOrderState.FULFILLED));
    }

    // an earlier attempt's answer was lost or its run died: the shop says whether it took the status
    private void askFirst(OrderSource source, List<Intent> toAsk, Plan plan) {
        if (toAsk.isEmpty()) {
            return;
        }
        Map<Long, OrderSource.MarkState> now;
        try {
            now = source.marksOf(toAsk.stream().map(Intent::orderId).toList());
        } catch (OrderSourceException e) {
            toAsk.forEach(i -> plan.failed().add(new Failure(i.orderId(), i.erpNumber(), why(e))));
            return;
        }
        for (Intent intent : toAsk) {
            OrderSource.MarkState shop = now.get(intent.orderId());
            if (shop == null) {
                plan.settled().add(intent.sequence());
                plan.failed().add(new Failure(intent.orderId(), intent.erpNumber(), LocalizedText.of("writeback.gone")));
            } else if (shop.status().equals(intent.status())) {
                LOG.debug("Shop order {} has status {} from an earlier attempt", intent.orderId(), intent.status());
                plan.confirmed().add(intent);
            } else {
                plan.toSend().add(intent);
            }
        }
    }

    // the mark and the note in one write: a crash leaves both or neither
    private void confirm(List<Intent> confirmed, boolean takesNotes) {
        List<Binding> write = new ArrayList<>();
        for (Intent intent : confirmed) {
            write.add(binding(intent, SENT));
            if (intent.fulfilled() && takesNotes) {
                write.add(notes.binding(new PendingNotes.Note(intent.orderId(), intent.erpNumber(), false,
                        PendingNotes.Topic.FULFILLED)));
            }
        }
        if (!write.isEmpty()) {
            state.saveBindings(write);
        }
    }

    private void moveCursor(long cursor, List<OrderStateChange> changes, Set<Long> settled,
                            Collection<Intent> intents) {
        long moved = cursor;
        for (OrderStateChange change : changes) {
            if (!settled.contains(change.sequence())) {
                break;
            }
            moved = change.sequence();
        }
        if (moved == cursor) {
            return;
        }
        state.put(cursorKey(sourceId), String.valueOf(moved));
        long passed = moved;
        List<String> done = intents.stream().filter(i -> i.sequence() <= passed).map(i -> key(i.orderId())).toList();
        if (!done.isEmpty()) {
            state.deleteBindings(KIND, done);
        }
    }

    private Binding binding(Intent intent, String mark) {
        return new Binding(KIND, key(intent.orderId()), String.valueOf(intent.orderId()), mark, intent.record());
    }

    private String key(long orderId) {
        return OrderKeys.keyPrefix(sourceId) + orderId;
    }

    private static LocalizedText why(OrderSourceException e) {
        return LocalizedText.of("writeback.failed", e.userMessage().<Object>map(m -> m)
                .orElseGet(() -> LocalizedText.of("source." + e.kind().name(), e.detail())));
    }
}
