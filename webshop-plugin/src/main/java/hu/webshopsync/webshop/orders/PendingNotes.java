package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.PluginStateStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order notes ("Rögzítve az ERP-ben: VR-2026-000123", "Teljesítve az ERP-ben: …") still to be written
 * into the shop. A note is remembered in the plugin state before it is sent and forgotten once the
 * shop has it, so a failed or interrupted note is sent by a later run; a failed note never undoes an
 * import or a status change.
 *
 * <p>Bindings of kind {@code order-note-pending}: key {@code <sourceId>#<order id>} for the import
 * note, {@code <sourceId>#<order id>#fulfilled} for the fulfilment note, remote id the shop order id,
 * extra the ERP document number.
 */
final class PendingNotes {

    /** The binding kind. */
    public static final String KIND = "order-note-pending";

    private static final Logger LOG = LoggerFactory.getLogger(PendingNotes.class);
    private static final int PAGE = 500;

    private final PluginStateStore state;
    private final String sourceId;
    private final int parallelism;

    /**
     * @param state       the plugin's state
     * @param sourceId    the shop connection's source id
     * @param parallelism how many notes may be on their way to the shop at once
     */
    public PendingNotes(PluginStateStore state, String sourceId, int parallelism) {
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be positive: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** How sending one note ended. */
    private enum Sent { STORED, DROPPED, FAILED, UNREACHABLE }

    /** Marks a note whose sending was started: its outcome is unknown until the shop was asked. */
    private static final String ATTEMPTED = "attempted";
    /** Bindings deleted per state write while flushing, so a run that dies repeats few checks. */
    private static final int DONE_CHUNK = 50;

    /** What a note tells the shop. */
    enum Topic {
        /** The order is in the ERP. */
        IMPORTED("", "shop.note"),
        /** The order was fulfilled in the ERP. */
        FULFILLED("#fulfilled", "shop.fulfilledNote");

        private final String keySuffix;
        private final String textKey;

        Topic(String keySuffix, String textKey) {
            this.keySuffix = keySuffix;
            this.textKey = textKey;
        }

        static Topic ofKey(String key) {
            return key.endsWith(FULFILLED.keySuffix) ? FULFILLED : IMPORTED;
        }
    }

    /**
     * A note to send: the shop order and the ERP number it reports.
     *
     * @param orderId   the shop order
     * @param erpNumber the ERP document number
     * @param attempted whether an earlier flush began to send it (it may be in the shop already)
     * @param topic     what it tells
     */
    record Note(long orderId, String erpNumber, boolean attempted, Topic topic) {

        Note(long orderId, String erpNumber) {
            this(orderId, erpNumber, false, Topic.IMPORTED);
        }

        String text(OrderMessages messages) {
            return messages.shopText(topic.textKey, erpNumber);
        }
    }

    /** What a flush did. */
    record Flush(int sent, List<Note> failed, List<Note> dropped) {
    }

    /**
     * The state entry that remembers a note, for a caller that stores it in the same write as
     * something else (a page's ERP numbers, a status change confirmed by the shop).
     *
     * @param note a note not yet attempted
     * @return the binding to save
     */
    Binding binding(Note note) {
        return new Binding(KIND, key(note), String.valueOf(note.orderId()), "", note.erpNumber());
    }

    /**
     * Sends every remembered note of this shop, oldest run's first. Stops at the first unreachable
     * shop (the rest stay for the next run); a note whose order is gone from the shop is dropped.
     *
     * @param source       the shop
     * @param messages     for the note's text
     * @param cancellation asked between notes
     * @return what was sent, what failed and what was dropped
     */
    Flush flush(OrderSource source, OrderMessages messages, Cancellation cancellation) {
        List<Note> pending = pending();
        // Marked before anything is sent: a lost answer or a killed run leaves the mark, and the next
        // flush asks the shop before sending again, so a note is never written twice.
        List<Binding> marks = pending.stream().filter(n -> !n.attempted())
                .map(n -> new Binding(KIND, key(n), String.valueOf(n.orderId()), ATTEMPTED, n.erpNumber()))
                .toList();
        if (!marks.isEmpty()) {
            state.saveBindings(marks);
        }
        int sent = 0;
        List<Note> failed = new ArrayList<>();
        List<Note> dropped = new ArrayList<>();
        boolean unreachable = false;
        // Notes are independent one-request writes, so a chunk goes out parallelism at a time; the state
        // store is only touched from this thread, between chunks.
        ExecutorService pool = parallelism > 1 ? Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "webshop-order-notes");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            for (int from = 0; from < pending.size(); from += DONE_CHUNK) {
                List<Note> chunk = pending.subList(from, Math.min(pending.size(), from + DONE_CHUNK));
                if (unreachable || cancellation.isCancelled()) {
                    failed.addAll(chunk);
                    continue;
                }
                List<Sent> outcomes = sendAll(chunk, source, messages, pool);
                List<String> toForget = new ArrayList<>();
                for (int i = 0; i < chunk.size(); i++) {
                    Note note = chunk.get(i);
                    switch (outcomes.get(i)) {
                        case STORED -> {
                            sent++;
                            toForget.add(key(note));
                        }
                        case DROPPED -> {
                            dropped.add(note);
                            toForget.add(key(note));
                        }
                        case UNREACHABLE -> {
                            unreachable = true;
                            failed.add(note);
                        }
                        case FAILED -> failed.add(note);
                    }
                }
                if (!toForget.isEmpty()) {
                    state.deleteBindings(KIND, toForget);
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new Flush(sent, failed, dropped);
    }

    // At most `parallelism` notes on their way at once, the next one starting as soon as one is answered
    // (a wave would wait for its slowest); once the shop is unreachable nothing more starts, so it is
    // asked at most `parallelism` - 1 more times. Without a pool each note is sent as it is submitted.
    private List<Sent> sendAll(List<Note> chunk, OrderSource source, OrderMessages messages, ExecutorService pool) {
        Sent[] out = new Sent[chunk.size()];
        CompletionService<Sent> answers = new ExecutorCompletionService<>(pool != null ? pool : Runnable::run);
        Map<Future<Sent>, Integer> positions = new HashMap<>();
        int next = 0;
        boolean unreachable = false;
        while (next < chunk.size() || !positions.isEmpty()) {
            while (!unreachable && next < chunk.size() && positions.size() < parallelism) {
                Note note = chunk.get(next);
                positions.put(answers.submit(() -> send(note, source, messages)), next++);
            }
            if (positions.isEmpty()) {
                break;
            }
            Future<Sent> done;
            try {
                done = answers.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            int i = positions.remove(done);
            out[i] = outcome(done);
            unreachable |= out[i] == Sent.UNREACHABLE;
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = Sent.FAILED;
            }
        }
        return List.of(out);
    }

    private static Sent outcome(Future<Sent> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sent.FAILED;
        } catch (ExecutionException e) {
            // an unexpected failure of one note: it stays pending and is asked about next run
            LOG.debug("Order note not stored: {}", e.getCause().getClass().getSimpleName());
            return Sent.FAILED;
        }
    }

    private Sent send(Note note, OrderSource source, OrderMessages messages) {
        try {
            String text = note.text(messages);
            if (note.attempted() && source.hasNote(note.orderId(), text)) {
                LOG.debug("Order note for shop order {} was stored by an earlier attempt", note.orderId());
            } else {
                source.addNote(note.orderId(), text);
            }
            return Sent.STORED;
        } catch (OrderSourceException e) {
            LOG.debug("Order note for shop order {} not stored: {}", note.orderId(), e.getMessage());
            if (e.kind() == OrderSourceException.Kind.NOT_FOUND) {
                // the order is gone from the shop; no later run can write to it
                return Sent.DROPPED;
            }
            return e.kind() == OrderSourceException.Kind.UNREACHABLE
                    || e.kind() == OrderSourceException.Kind.AUTHENTICATION ? Sent.UNREACHABLE : Sent.FAILED;
        }
    }

    // all of this shop's notes; other shops' (a changed shop address) stay untouched
    private List<Note> pending() {
        String prefix = sourceId + "#";
        List<Note> out = new ArrayList<>();
        String after = null;
        while (true) {
            List<Binding> page = state.bindingsAfter(KIND, after, PAGE);
            for (Binding b : page) {
                if (b.key().startsWith(prefix) && b.remoteId().matches("\\d{1,18}")) {
                    out.add(new Note(Long.parseLong(b.remoteId()), b.extra(), ATTEMPTED.equals(b.contentHash()),
                            Topic.ofKey(b.key())));
                }
            }
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private String key(Note note) {
        return sourceId + "#" + note.orderId() + note.topic().keySuffix;
    }
}
