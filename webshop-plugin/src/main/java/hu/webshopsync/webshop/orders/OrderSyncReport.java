package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects what happened to each order of a run and writes the confirmation message: counts
 * {@code imported}, {@code already-imported}, {@code needs-review}, {@code failed} (each order in
 * exactly one), an item line per order that deserves a word, and warnings for notes not yet in the shop.
 */
final class OrderSyncReport {

    static final String IMPORTED = "imported";
    static final String ALREADY_IMPORTED = "already-imported";
    static final String NEEDS_REVIEW = "needs-review";
    static final String FAILED = "failed";
    static final String WARNING = "warning";

    // a run over thousands of orders must not produce a message nobody can read; the items keep them all
    private static final int MAX_MESSAGE_LINES = 50;

    private final OrderMessages messages;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<ItemLine> items = new ArrayList<>();
    private final List<String> reviewLines = new ArrayList<>();
    private final List<String> failedLines = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    OrderSyncReport(OrderMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        for (String status : List.of(IMPORTED, ALREADY_IMPORTED, NEEDS_REVIEW, FAILED)) {
            counts.put(status, 0);
        }
    }

    void imported(String shopNumber, String erpNumber) {
        count(IMPORTED);
        items.add(new ItemLine(shopNumber, IMPORTED, erpNumber));
    }

    void needsReview(String shopNumber, String erpNumber, List<ReviewReason> reasons) {
        count(NEEDS_REVIEW);
        String joined = String.join("; ", reasons.stream().map(messages::reason).toList());
        items.add(new ItemLine(shopNumber, NEEDS_REVIEW, erpNumber + ": " + joined, reasons.stream()
                .map(r -> LocalizedText.of("report.reviewItem", erpNumber,
                        new LocalizedText(r.kind().messageKey(), List.copyOf(r.args()))))
                .toList()));
        reviewLines.add(messages.text("report.reviewLine", shopNumber, erpNumber, joined));
    }

    void alreadyImported(String shopNumber) {
        // deliberately no item line: an overlap re-lists many of these and they need no word
        count(ALREADY_IMPORTED);
    }

    void failed(String shopNumber, LocalizedText why) {
        count(FAILED);
        String reason = messages.text(why);
        items.add(new ItemLine(shopNumber, FAILED, reason, List.of(why)));
        failedLines.add(messages.text("report.failedLine", shopNumber, reason));
    }

    void noteNotStored(long orderId, String erpNumber) {
        LocalizedText why = LocalizedText.of("report.noteNotStored", erpNumber);
        items.add(new ItemLine(String.valueOf(orderId), WARNING, messages.text(why), List.of(why)));
    }

    void notice(String text) {
        notices.add(text);
    }

    int failures() {
        return counts.get(FAILED);
    }

    ActionResult result(Outcome outcome, int notesPending) {
        List<String> lines = new ArrayList<>();
        if (outcome == Outcome.CANCELLED) {
            lines.add(messages.text("report.cancelled"));
        }
        lines.add(messages.text("report.summary", counts.get(IMPORTED), counts.get(NEEDS_REVIEW),
                counts.get(ALREADY_IMPORTED), counts.get(FAILED)));
        lines.addAll(notices);
        section(lines, "report.reviewHeader", reviewLines);
        section(lines, "report.failedHeader", failedLines);
        if (notesPending > 0) {
            lines.add(messages.text("report.notesPending", notesPending));
        }
        return new ActionResult(outcome, String.join("\n", lines), counts, items);
    }

    private void section(List<String> lines, String headerKey, List<String> body) {
        if (body.isEmpty()) {
            return;
        }
        lines.add(messages.text(headerKey));
        body.stream().limit(MAX_MESSAGE_LINES).map(l -> "  " + l).forEach(lines::add);
        if (body.size() > MAX_MESSAGE_LINES) {
            lines.add("  " + messages.text("report.more", body.size() - MAX_MESSAGE_LINES));
        }
    }

    private void count(String status) {
        counts.merge(status, 1, Integer::sum);
    }
}
