package hu.webshopsync.webshop.stock;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.webshop.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an audit found so far: counts by status, a line per product that needs a word, and the
 * run-wide lines; {@link #finish} turns them into the action's result.
 */
final class AuditReport {

    /** The statuses of the counts, in display order. */
    static final List<ItemStatus> STATUSES = List.of(ItemStatus.UNCHANGED, ItemStatus.STOCK_DIFFERS,
            ItemStatus.FIXED, ItemStatus.FAILED, ItemStatus.UNKNOWN_IN_ERP, ItemStatus.MISSING_IN_SHOP,
            ItemStatus.NOT_MANAGED);

    private final Messages messages;
    private final Locale locale;
    private final Map<ItemStatus, Integer> counts = new LinkedHashMap<>();
    private final List<ItemLine> items = new ArrayList<>();

    AuditReport(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        STATUSES.forEach(s -> counts.put(s, 0));
    }

    /** A product whose stock agrees is counted, without a line. */
    void matches() {
        counts.merge(ItemStatus.UNCHANGED, 1, Integer::sum);
    }

    void line(String item, ItemStatus status, LocalizedText why) {
        counts.merge(status, 1, Integer::sum);
        items.add(new ItemLine(item, status, messages.get(locale, why), List.of(why)));
    }

    int count(ItemStatus status) {
        return counts.get(status);
    }

    /**
     * The result of a run that went through (or was cancelled) with what it found.
     *
     * @param outcome how it ended
     * @param fix     whether differences were to be corrected
     * @param warehouse the warehouse compared with
     * @return the result
     */
    ActionResult finish(Outcome outcome, boolean fix, String warehouse) {
        List<LocalizedText> texts = new ArrayList<>();
        if (outcome == Outcome.CANCELLED) {
            texts.add(LocalizedText.of("audit.cancelled"));
        }
        texts.add(LocalizedText.of("audit.summary", warehouse, count(ItemStatus.UNCHANGED),
                count(ItemStatus.STOCK_DIFFERS) + count(ItemStatus.FIXED) + fixFailures(fix),
                count(ItemStatus.UNKNOWN_IN_ERP), count(ItemStatus.MISSING_IN_SHOP), count(ItemStatus.NOT_MANAGED)));
        if (fix) {
            texts.add(LocalizedText.of("audit.fixed", count(ItemStatus.FIXED)));
        } else if (count(ItemStatus.STOCK_DIFFERS) > 0) {
            texts.add(LocalizedText.of("audit.readOnly"));
        }
        List<String> lines = texts.stream().map(t -> messages.get(locale, t)).toList();
        return new ActionResult(outcome, String.join("\n", lines), counts, items, texts);
    }

    /**
     * The result of a run that could not do its job.
     *
     * @param why  the reason
     * @param kind why, for a schedule
     * @return the result
     */
    ActionResult failed(LocalizedText why, FailureKind kind) {
        return new ActionResult(Outcome.FAILED, messages.get(locale, why), counts, items, List.of(why), kind);
    }

    // a fix that failed was a difference too; without --fix nothing is written, so nothing fails
    private int fixFailures(boolean fix) {
        return fix ? count(ItemStatus.FAILED) : 0;
    }
}
