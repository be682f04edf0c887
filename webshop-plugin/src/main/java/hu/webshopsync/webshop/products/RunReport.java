package hu.webshopsync.webshop.products;

import hu.webshopsync.api.ItemLine;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.webshop.images.ImageResolver;
import hu.webshopsync.webshop.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did so far: the counts, a line per product that needs a word, and the run-wide
 * notes; {@link #finish(RunStop)} turns them into the {@link SyncReport}.
 */
final class RunReport {

    private static final int NAMED_UNCATEGORIZED = 5;

    private final Messages messages;
    private final Locale locale;
    private final Map<ItemStatus, Integer> counts = new LinkedHashMap<>();
    private final List<ItemLine> items = new ArrayList<>();
    private final List<LocalizedText> notes = new ArrayList<>();
    /** SKUs sent without a category; the shop files them under its default category. */
    private final List<String> uncategorized = new ArrayList<>();

    RunReport(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        SyncReport.STATUSES.forEach(s -> counts.put(s, 0));
    }

    /** Counts a product and says what happened to it, in words of this run's language and as texts. */
    void changed(String sku, ItemStatus status, List<LocalizedText> why) {
        counts.merge(status, 1, Integer::sum);
        items.add(line(sku, status, why));
    }

    void failed(String sku, LocalizedText reason) {
        changed(sku, ItemStatus.FAILED, List.of(reason));
    }

    void skipped(String sku, LocalizedText reason) {
        changed(sku, ItemStatus.SKIPPED, List.of(reason));
    }

    /** An unchanged product is counted, without a line. */
    void unchanged() {
        counts.merge(ItemStatus.UNCHANGED, 1, Integer::sum);
    }

    /** A line that warns about a product, without counting it. */
    void warning(String sku, LocalizedText why) {
        items.add(line(sku, ItemStatus.WARNING, List.of(why)));
    }

    void uncategorized(String sku) {
        uncategorized.add(sku);
    }

    void note(LocalizedText note) {
        notes.add(note);
    }

    /** One note per run for images that could not go for want of credentials, or whose credentials were refused. */
    void noteImageTrouble(ImageResolver images) {
        images.uploadsRefused().ifPresent(e -> notes.add(LocalizedText.of("warn.imageCredentialsRefused",
                e.status(), e.code(), e.serverMessage())));
        if (images.uploadNeededWithoutCredentials()) {
            notes.add(LocalizedText.of("warn.noImageCredentials"));
        }
    }

    String text(LocalizedText text) {
        return messages.get(locale, text);
    }

    String text(String key, Object... args) {
        return messages.get(locale, key, args);
    }

    /**
     * The report of a run that could not start.
     *
     * @param why the reason
     * @return the report
     */
    SyncReport failed(LocalizedText why) {
        return failed(why, FailureKind.TRANSIENT);
    }

    /**
     * The report of a run that could not start, saying why for a schedule.
     *
     * @param why  the reason
     * @param kind why, for a schedule
     * @return the report
     */
    SyncReport failed(LocalizedText why, FailureKind kind) {
        return SyncReport.failed(text(why), why, kind);
    }

    /**
     * The report of a run that went through, or stopped as {@code stop} says.
     *
     * @param stop why the run stopped early, if it did
     * @return the report
     */
    SyncReport finish(RunStop stop) {
        if (!uncategorized.isEmpty()) {
            notes.add(LocalizedText.of("warn.noCategory", uncategorized.size(),
                    String.join(", ", uncategorized.subList(0, Math.min(NAMED_UNCATEGORIZED, uncategorized.size())))
                            + (uncategorized.size() > NAMED_UNCATEGORIZED ? ", …" : "")));
        }
        Outcome outcome = outcome(stop);
        FailureKind failure = outcome != Outcome.FAILED ? FailureKind.NONE
                : stop.credentialsRefused() ? FailureKind.CREDENTIALS_REFUSED : FailureKind.TRANSIENT;
        return new SyncReport(outcome, counts, items, notes.stream().map(this::text).toList(), notes, failure);
    }

    private Outcome outcome(RunStop stop) {
        int written = counts.get(ItemStatus.CREATED) + counts.get(ItemStatus.UPDATED)
                + counts.get(ItemStatus.UNPUBLISHED);
        LocalizedText headline = stop.headline(written);
        if (headline != null) {
            notes.add(0, headline);
            // refused keys fail the run even when earlier batches were stored: nothing more can go
            return stop.credentialsRefused() || written == 0 ? Outcome.FAILED : Outcome.PARTIAL;
        }
        if (stop.cancelled()) {
            return Outcome.CANCELLED;
        }
        return counts.get(ItemStatus.FAILED) > 0 ? Outcome.PARTIAL : Outcome.SUCCESS;
    }

    private ItemLine line(String sku, ItemStatus status, List<LocalizedText> why) {
        return new ItemLine(sku, status, why.stream().map(this::text).collect(Collectors.joining("; ")), why);
    }
}
