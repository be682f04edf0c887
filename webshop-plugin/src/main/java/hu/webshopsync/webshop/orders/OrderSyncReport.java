package hu.webshopsync.webshop.orders;

import static hu.webshopsync.api.ItemStatus.ALREADY_IMPORTED;
import static hu.webshopsync.api.ItemStatus.CANCELLED_IN_SHOP;
import static hu.webshopsync.api.ItemStatus.FAILED;
import static hu.webshopsync.api.ItemStatus.IMPORTED;
import static hu.webshopsync.api.ItemStatus.NEEDS_REVIEW;
import static hu.webshopsync.api.ItemStatus.STATUS_SENT;
import static hu.webshopsync.api.ItemStatus.WARNING;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects what happened to each order of a run and writes the confirmation message: counts
 * {@code imported}, {@code already-imported}, {@code needs-review}, {@code failed},
 * {@code cancelled-in-shop} (each listed order in exactly one) and {@code status-sent} (an ERP change
 * written back), an item line per order that deserves a word, and warnings for notes not yet in the shop.
 */
final class OrderSyncReport {


    // a run over thousands of orders must not produce a message nobody can read; the items keep them all
    private static final int MAX_MESSAGE_LINES = 50;

    private final OrderMessages messages;
    private final Map<ItemStatus, Integer> counts = new LinkedHashMap<>();
    private final List<ItemLine> items = new ArrayList<>();
    private final List<LocalizedText> reviewLines = new ArrayList<>();
    private final List<LocalizedText> failedLines = new ArrayList<>();
    private final List<LocalizedText> cancelledLines = new ArrayList<>();
    private final List<LocalizedText> writeBackLines = new ArrayList<>();
    private final List<LocalizedText> notices = new ArrayList<>();

    OrderSyncReport(OrderMessages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        for (ItemStatus status : List.of(IMPORTED, ALREADY_IMPORTED, NEEDS_REVIEW, FAILED, CANCELLED_IN_SHOP,
                STATUS_SENT)) {
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
        reviewLines.add(LocalizedText.of("report.reviewLine", shopNumber, erpNumber, reasons.stream()
                .map(r -> new LocalizedText(r.kind().messageKey(), List.copyOf(r.args())))
                .reduce((a, b) -> LocalizedText.of("text.semicolonPair", a, b)).orElseThrow()));
    }

    /** An imported order the shop called off, cancelled in the ERP too. */
    void cancelledInShop(String shopNumber, String erpNumber) {
        count(CANCELLED_IN_SHOP);
        items.add(new ItemLine(shopNumber, CANCELLED_IN_SHOP, erpNumber));
        cancelledLines.add(LocalizedText.of("report.cancelledLine", shopNumber, erpNumber));
    }

    /** An imported order flagged for review because of what happened to it in the shop. */
    void flagged(String shopNumber, String erpNumber, LocalizedText reason) {
        count(NEEDS_REVIEW);
        items.add(new ItemLine(shopNumber, NEEDS_REVIEW, erpNumber + ": " + messages.text(reason),
                List.of(LocalizedText.of("report.reviewItem", erpNumber, reason))));
        reviewLines.add(LocalizedText.of("report.reviewLine", shopNumber, erpNumber, reason));
    }

    /** An ERP order's state, written back to its shop order as a status. */
    void statusSent(long orderId, String erpNumber, String status) {
        count(STATUS_SENT);
        LocalizedText text = LocalizedText.of("report.statusItem", erpNumber, status);
        items.add(new ItemLine(String.valueOf(orderId), STATUS_SENT, messages.text(text), List.of(text)));
    }

    /** An ERP order's state that did not reach the shop; a later run tries again. */
    void statusNotSent(long orderId, String erpNumber, LocalizedText why) {
        count(FAILED);
        items.add(new ItemLine(String.valueOf(orderId), FAILED, messages.text(why), List.of(why)));
        writeBackLines.add(LocalizedText.of("report.writebackLine", orderId, erpNumber, why));
    }

    void alreadyImported(String shopNumber) {
        // deliberately no item line: an overlap re-lists many of these and they need no word
        count(ALREADY_IMPORTED);
    }

    void failed(String shopNumber, LocalizedText why) {
        count(FAILED);
        String reason = messages.text(why);
        items.add(new ItemLine(shopNumber, FAILED, reason, List.of(why)));
        failedLines.add(LocalizedText.of("report.failedLine", shopNumber, why));
    }

    void noteNotStored(long orderId, String erpNumber) {
        LocalizedText why = LocalizedText.of("report.noteNotStored", erpNumber);
        items.add(new ItemLine(String.valueOf(orderId), WARNING, messages.text(why), List.of(why)));
    }

    void notice(LocalizedText text) {
        notices.add(text);
    }

    int failures() {
        return counts.get(FAILED);
    }

    ActionResult result(Outcome outcome, int notesPending, int marksPending) {
        // kept as texts too, so the history shows the message in its reader's language
        List<LocalizedText> lines = new ArrayList<>();
        if (outcome == Outcome.CANCELLED) {
            lines.add(LocalizedText.of("report.cancelled"));
        }
        lines.add(LocalizedText.of("report.summary", counts.get(IMPORTED), counts.get(NEEDS_REVIEW),
                counts.get(ALREADY_IMPORTED), counts.get(CANCELLED_IN_SHOP), counts.get(STATUS_SENT),
                counts.get(FAILED)));
        lines.addAll(notices);
        section(lines, "report.cancelledHeader", cancelledLines);
        section(lines, "report.reviewHeader", reviewLines);
        section(lines, "report.failedHeader", failedLines);
        section(lines, "report.writebackHeader", writeBackLines);
        if (marksPending > 0) {
            lines.add(LocalizedText.of("report.marksPending", marksPending));
        }
        if (notesPending > 0) {
            lines.add(LocalizedText.of("report.notesPending", notesPending));
        }
        String message = String.join("\n", lines.stream().map(messages::text).toList());
        return new ActionResult(outcome, message, counts, items, lines);
    }

    private static void section(List<LocalizedText> lines, String headerKey, List<LocalizedText> body) {
        if (body.isEmpty()) {
            return;
        }
        lines.add(LocalizedText.of(headerKey));
        body.stream().limit(MAX_MESSAGE_LINES).map(l -> LocalizedText.of("text.indented", l)).forEach(lines::add);
        if (body.size() > MAX_MESSAGE_LINES) {
            lines.add(LocalizedText.of("text.indented",
                    LocalizedText.of("report.more", body.size() - MAX_MESSAGE_LINES)));
        }
    }

    private void count(ItemStatus status) {
        counts.merge(status, 1, Integer::sum);
    }
}
