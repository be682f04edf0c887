package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.PluginStateStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order notes ("Rögzítve az ERP-ben: VR-2026-000123") still to be written into the shop. A note is
 * remembered in the plugin state before it is sent and forgotten once the shop has it, so a failed
 * or interrupted note is sent by a later run; a failed note never undoes an import.
 *
 * <p>Bindings of kind {@code order-note-pending}: key {@code <sourceId>#<order id>}, remote id the
 * shop order id, extra the ERP document number.
 */
final class PendingNotes {

    /** The binding kind. */
    public static final String KIND = "order-note-pending";

    private static final Logger LOG = LoggerFactory.getLogger(PendingNotes.class);
    private static final int PAGE = 500;

    private final PluginStateStore state;
    private final String sourceId;

    /**
     * @param state    the plugin's state
     * @param sourceId the shop connection's source id
     */
    public PendingNotes(PluginStateStore state, String sourceId) {
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
    }

    /** Marks a note whose sending was started: its outcome is unknown until the shop was asked. */
    private static final String ATTEMPTED = "attempted";
    /** Bindings deleted per state write while flushing, so a run that dies repeats few checks. */
    private static final int DONE_CHUNK = 50;

    /**
     * A note to send: the shop order and the ERP number it reports.
     *
     * @param orderId   the shop order
     * @param erpNumber the ERP document number
     * @param attempted whether an earlier flush began to send it (it may be in the shop already)
     */
    record Note(long orderId, String erpNumber, boolean attempted) {

        Note(long orderId, String erpNumber) {
            this(orderId, erpNumber, false);
        }
    }

    /** What a flush did. */
    record Flush(int sent, List<Note> failed, List<Note> dropped) {
    }

    /**
     * Remembers notes to send, in one state write.
     *
     * @param notes the notes
     */
    void remember(Collection<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        state.saveBindings(notes.stream()
                .map(n -> new Binding(KIND, key(n.orderId()), String.valueOf(n.orderId()), "", n.erpNumber()))
                .toList());
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
                .map(n -> new Binding(KIND, key(n.orderId()), String.valueOf(n.orderId()), ATTEMPTED, n.erpNumber()))
                .toList();
        if (!marks.isEmpty()) {
            state.saveBindings(marks);
        }
        List<String> done = new ArrayList<>();
        List<String> toForget = new ArrayList<>();
        List<Note> failed = new ArrayList<>();
        List<Note> dropped = new ArrayList<>();
        boolean unreachable = false;
        for (Note note : pending) {
            if (toForget.size() >= DONE_CHUNK) {
                state.deleteBindings(KIND, toForget);
                toForget.clear();
            }
            if (unreachable || cancellation.isCancelled()) {
                failed.add(note);
                continue;
            }
            try {
                String text = messages.shopNote(note.erpNumber());
                if (note.attempted() && source.hasNote(note.orderId(), text)) {
                    LOG.debug("Order note for shop order {} was stored by an earlier attempt", note.orderId());
                } else {
                    source.addNote(note.orderId(), text);
                }
                done.add(key(note.orderId()));
                toForget.add(key(note.orderId()));
            } catch (OrderSourceException e) {
                LOG.debug("Order note for shop order {} not stored: {}", note.orderId(), e.getMessage());
                if (e.kind() == OrderSourceException.Kind.NOT_FOUND) {
                    // the order is gone from the shop; no later run can write to it
                    dropped.add(note);
                    done.add(key(note.orderId()));
                    toForget.add(key(note.orderId()));
                } else {
                    unreachable = e.kind() == OrderSourceException.Kind.UNREACHABLE
                            || e.kind() == OrderSourceException.Kind.AUTHENTICATION;
                    failed.add(note);
                }
            }
        }
        if (!toForget.isEmpty()) {
            state.deleteBindings(KIND, toForget);
        }
        return new Flush(done.size() - dropped.size(), failed, dropped);
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
                    out.add(new Note(Long.parseLong(b.remoteId()), b.extra(), ATTEMPTED.equals(b.contentHash())));
                }
            }
            if (page.size() < PAGE) {
                return out;
            }
            after = page.get(page.size() - 1).key();
        }
    }

    private String key(long orderId) {
        return sourceId + "#" + orderId;
    }
}
