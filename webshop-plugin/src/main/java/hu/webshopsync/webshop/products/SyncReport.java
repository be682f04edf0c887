package hu.webshopsync.webshop.products;

import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a product sync run did.
 *
 * @param outcome how it ended
 * @param counts  products by status word: created, updated, unchanged, unpublished, failed, skipped
 * @param items   a line per failed or skipped product and per image warning, in the user's language
 * @param notes   run-wide lines (why the run stopped, one warning about images), in the user's language
 * @param noteTexts the same lines as texts, so the history can show them in a reader's language
 * @param failure why a failed run failed, for a schedule (see {@link FailureKind}); NONE unless FAILED
 */
record SyncReport(Outcome outcome, Map<ItemStatus, Integer> counts, List<ItemLine> items, List<String> notes,
                  List<LocalizedText> noteTexts, FailureKind failure) {

    /** The statuses of the counts, in display order. */
    public static final List<ItemStatus> STATUSES =
            List.of(ItemStatus.CREATED, ItemStatus.UPDATED, ItemStatus.UNCHANGED, ItemStatus.UNPUBLISHED, ItemStatus.FAILED, ItemStatus.SKIPPED);

    /**
     * Copies, keeping the order of the counts.
     */
    public SyncReport {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        noteTexts = List.copyOf(noteTexts);
    }

    /**
     * A run that could not start.
     *
     * @param reason why, in the user's language
     * @param text   the same as a text
     * @return the report
     */
    public static SyncReport failed(String reason, LocalizedText text) {
        return failed(reason, text, FailureKind.TRANSIENT);
    }

    /**
     * A run that could not start, saying why for a schedule.
     *
     * @param reason why, in the user's language
     * @param text   the same as a text
     * @param kind   why, for a schedule
     * @return the report
     */
    public static SyncReport failed(String reason, LocalizedText text, FailureKind kind) {
        Map<ItemStatus, Integer> zero = new LinkedHashMap<>();
        STATUSES.forEach(s -> zero.put(s, 0));
        return new SyncReport(Outcome.FAILED, zero, List.of(), List.of(reason), List.of(text), kind);
    }

    /**
     * One count.
     *
     * @param status the status
     * @return the count, 0 when absent
     */
    public int count(ItemStatus status) {
        return counts.getOrDefault(status, 0);
    }
}
