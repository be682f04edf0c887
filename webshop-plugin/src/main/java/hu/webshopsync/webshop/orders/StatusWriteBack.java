package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Cancellation;
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
 * ERP → shop: the orders fulfilled or cancelled in the ERP get their shop status
 * ({@code fulfilledShopStatus}, {@code cancelledShopStatus}), the fulfilled ones a private note
 * "Teljesítve az ERP-ben: VR-…" too.
 *
 * <p>Follows {@link CustomerOrderBook#stateChangesSince} from a cursor (state key
 * {@code orders.writeback.<sourceId>}) that only moves past changes the shop confirmed, or that need
 * nothing sent (made by the sync itself, or their status setting is empty). Each status to send is
 * recorded before it is sent (binding kind {@code order-status-pending}, key
 * {@code <sourceId>#<order id>}, extra {@code <sequence>|<status>|<ERP number>}, marked
 * {@code attempted}); once the shop confirms it, the mark becomes {@code sent} in the same state
 * write that remembers the note in {@link PendingNotes}. So after a lost answer or a killed run the
 * next run asks the shop for the order's status before sending again, and the note is remembered
 * exactly once: a status is never flipped twice and an order never gets two notes. An order the shop
 * has called off (its {@link OrderTrace}) keeps its shop status; the order sync flagged it for review.
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
    private record Intent(long sequence, long orderId, String erpNumber, String status, boolean fulfilled) {

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
     * Sends what the ERP changed since the cursor.
     *
     * @param source       the shop
     * @param cancellation asked between requests
     * @return what was sent and what failed
     */
    Result run(OrderSource source, Cancellation cancellation) {
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
        List<Sent> sent = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        List<Intent> confirmed = new ArrayList<>();
        List<Intent> toSend = new ArrayList<>();
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
                toSend.add(intent);
            }
        }
        askFirst(source, toAsk, confirmed, toSend, settled, failed);
        if (!toSend.isEmpty()) {
            state.saveBindings(toSend.stream().map(i -> binding(i, ATTEMPTED)).toList());
        }
        send(source, cancellation, toSend, confirmed, settled, failed);
        confirm(confirmed);
        confirmed.forEach(i -> {
            settled.add(i.sequence());
            sent.add(new Sent(i.orderId(), i.erpNumber(), i.status()));
        });
        moveCursor(cursor, changes, settled, intents.values());
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
    private void askFirst(OrderSource source, List<Intent> toAsk, List<Intent> confirmed, List<Intent> toSend,
                          Set<Long> settled, List<Failure> failed) {
        if (toAsk.isEmpty()) {
            return;
        }
        Map<Long, OrderSource.MarkState> now;
        try {
            now = source.marksOf(toAsk.stream().map(Intent::orderId).toList());
        } catch (OrderSourceException e) {
            toAsk.forEach(i -> failed.add(new Failure(i.orderId(), i.erpNumber(), why(e))));
            return;
        }
        for (Intent intent : toAsk) {
            OrderSource.MarkState state = now.get(intent.orderId());
            if (state == null) {
                settled.add(intent.sequence());
                failed.add(new Failure(intent.orderId(), intent.erpNumber(), LocalizedText.of("writeback.gone")));
            } else if (state.status().equals(intent.status())) {
                LOG.debug("Shop order {} has status {} from an earlier attempt", intent.orderId(), intent.status());
                confirmed.add(intent);
            } else {
                toSend.add(intent);
            }
        }
    }

    private void send(OrderSource source, Cancellation cancellation, List<Intent> toSend, List<Intent> confirmed,
                      Set<Long> settled, List<Failure> failed) {
        for (int from = 0; from < toSend.size(); from += OrderSource.MAX_MARKS) {
            List<Intent> batch = toSend.subList(from, Math.min(toSend.size(), from + OrderSource.MAX_MARKS));
            if (cancellation.isCancelled()) {
                return;
            }
            List<OrderSource.StatusAnswer> answers;
            try {
                answers = source.mark(batch.stream()
                        .map(i -> new OrderSource.OrderMark(i.orderId(), i.erpNumber(), i.status())).toList());
            } catch (OrderSourceException e) {
                LOG.warn("Order sync: {} shop order statuses not confirmed: {}", batch.size(), e.getMessage());
                batch.forEach(i -> failed.add(new Failure(i.orderId(), i.erpNumber(), why(e))));
                if (e.kind() == OrderSourceException.Kind.UNREACHABLE
                        || e.kind() == OrderSourceException.Kind.AUTHENTICATION) {
                    return;
                }
                continue;
            }
            for (int i = 0; i < batch.size(); i++) {
                Intent intent = batch.get(i);
                OrderSource.StatusAnswer answer = i < answers.size() ? answers.get(i) : null;
                if (answer != null && answer.result() == OrderSource.StatusAnswer.Result.SET) {
                    confirmed.add(intent);
                } else if (answer != null && answer.result() == OrderSource.StatusAnswer.Result.GONE) {
                    settled.add(intent.sequence());
                    failed.add(new Failure(intent.orderId(), intent.erpNumber(), LocalizedText.of("writeback.gone")));
                } else {
                    failed.add(new Failure(intent.orderId(), intent.erpNumber(), LocalizedText.of("writeback.refused",
                            intent.status(), answer == null ? "-" : answer.detail())));
                }
            }
        }
    }

    // the mark and the note in one write: a crash leaves both or neither
    private void confirm(List<Intent> confirmed) {
        List<Binding> write = new ArrayList<>();
        for (Intent intent : confirmed) {
            write.add(binding(intent, SENT));
            if (intent.fulfilled() && settings.orderNoteEnabled()) {
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
