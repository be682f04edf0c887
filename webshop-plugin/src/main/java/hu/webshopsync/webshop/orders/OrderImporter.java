package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.OrderCreation;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.api.StateLock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order sync engine: lists the shop's new and changed orders page by page and creates each one
 * as a customer order in the ERP, exactly once.
 *
 * <ul>
 *   <li><b>Complete.</b> The listing goes by order id ({@link OrderListing}), and a run that took fewer
 *   orders than the shop says it lists ({@code X-WP-Total}) reads it again, at most three times in
 *   all; a run that still falls short says so and leaves the cursor where it was.</li>
 *   <li><b>Once.</b> The external reference (source + shop order id) is unique in the ERP. A page's
 *   ids are checked in one query; a concurrent run that wins the race shows up as
 *   {@link OrderCreation.AlreadyImported} and counts as already imported. An id the ERP has
 *   under a different {@code order_key} is a failure for a human (see {@link OrderKeys}).</li>
 *   <li><b>Never lost.</b> The {@link OrderCursor} only passes orders that are in the ERP, and only
 *   after a complete listing; a failed order holds it, so every later run lists it again until it
 *   imports. Orders that merely look
 *   wrong (unknown SKU, other currency, total mismatch) import marked for review.</li>
 *   <li><b>Frugal.</b> 100 orders per request (each after the first re-reads one row), bulk look-ups per page (existing references, order
 *   keys, products by SKU), the page's new orders stored in one {@code createAll} (a second order
 *   of a new buyer starts another, so it finds the customer the first created), no request per
 *   order: the ERP numbers go back onto the shop orders in batches of 100 at the end of the run
 *   ({@link OrderWriteBack}), the private note only when switched on.</li>
 *   <li><b>Both ways.</b> The listing includes the shop's closed orders; an imported order among them
 *   is followed into the ERP ({@link OrderLifecycle}), and after the listing the ERP's fulfilments and
 *   cancellations go back to the shop ({@link StatusWriteBack}). The pages' work is {@link PageImport}'s.</li>
 * </ul>
 *
 * <p>Talks to the shop only through {@link OrderSource} and to the ERP only through the plugin API,
 * so tests drive it with fakes and the host-stub end-to-end tests with the real thing.
 */
public final class OrderImporter {

    private static final Logger LOG = LoggerFactory.getLogger(OrderImporter.class);
    private static final Duration LOCK_LEASE = Duration.ofMinutes(10);
    // a listing still incomplete after this many passes is left to the next run
    private static final int MAX_PASSES = 3;

    private final HostServices host;
    private final PluginStateStore state;
    private final OrderSource source;
    private final String sourceId;
    private final OrderSyncSettings settings;
    private final OrderMessages messages;
    private final int noteParallelism;

    /**
     * @param host     the ERP
     * @param state    the plugin's state (cursor, order keys, pending notes, lock)
     * @param source   the shop
     * @param sourceId the shop connection's source id, the orders' external source
     * @param settings the order sync's settings
     * @param messages texts in the user's language
     */
    public OrderImporter(HostServices host, PluginStateStore state, OrderSource source, String sourceId,
                         OrderSyncSettings settings, OrderMessages messages) {
        this(host, state, source, sourceId, settings, messages, 1);
    }

    /**
     * @param host             the ERP
     * @param state            the plugin's state (cursor, order keys, pending notes, lock)
     * @param source           the shop
     * @param sourceId         the shop connection's source id, the orders' external source
     * @param settings         the order sync's settings
     * @param messages         texts in the user's language
     * @param noteParallelism  how many order notes, or write-back batches, may be on their way to the shop at once
     */
    public OrderImporter(HostServices host, PluginStateStore state, OrderSource source, String sourceId,
                         OrderSyncSettings settings, OrderMessages messages, int noteParallelism) {
        this.noteParallelism = noteParallelism;
        this.host = Objects.requireNonNull(host, "host");
        this.state = Objects.requireNonNull(state, "state");
        this.source = Objects.requireNonNull(source, "source");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * Runs one import.
     *
     * @param progress     where progress goes
     * @param cancellation asked between orders
     * @return the result: SUCCESS, PARTIAL (some orders failed or the listing broke off), CANCELLED,
     *         or FAILED (nothing could be listed; nothing was written)
     */
    public ActionResult run(ProgressListener progress, Cancellation cancellation) {
        Optional<StateLock> lock = state.tryLock("order-sync:" + sourceId, LOCK_LEASE);
        if (lock.isEmpty()) {
            return ActionResult.failed(messages.text("failed.busy"), FailureKind.BUSY);
        }
        try (StateLock held = lock.get()) {
            return new Run(held, progress, cancellation).execute();
        }
    }

    /** One run's mutable state. */
    private final class Run {

        private final StateLock lock;
        private final ProgressListener progress;
        private final Cancellation cancellation;
        private final OrderSyncReport report = new OrderSyncReport(messages);
        private final OrderCursor cursor = new OrderCursor(state, sourceId);
        private final PendingNotes notes = new PendingNotes(state, sourceId, noteParallelism);
        private final PendingMarks marks = new PendingMarks(state, sourceId);
        private final PageImport pageImport;
        private long total = -1;

        Run(StateLock lock, ProgressListener progress, Cancellation cancellation) {
            this.lock = lock;
            this.progress = progress;
            this.cancellation = cancellation;
            this.pageImport = new PageImport(host, state, sourceId, settings, messages,
                    new PageImport.Run(report, cursor, marks, notes, settings.orderNoteEnabled() && source.takesNotes(),
                            progress, cancellation));
        }

        ActionResult execute() {
            Instant from = cursor.listFrom(host.clock().instant(), settings.overlap(), settings.lookback());
            OrderQuery query = new OrderQuery(settings.statuses(), from, OrderQuery.MAX_PER_PAGE, true);
            LOG.info("Order sync: listing {} orders changed after {}", settings.statuses(), from);
            boolean cancelled = false;
            boolean brokeOff = false;
            boolean credentialsRefused = false;
            boolean complete = false;
            boolean written = false;
            int pages = 0;
            OrderListing listing = null;
            for (int pass = 1; pass <= MAX_PASSES && !complete; pass++) {
                Instant started = host.clock().instant();
                listing = new OrderListing(source, query);
                while (true) {
                    if (cancellation.isCancelled()) {
                        cancelled = true;
                        break;
                    }
                    if (listing.finished()) {
                        // no request is left, so no "page 2 of 1" either
                        break;
                    }
                    long totalPages = total < 0 ? -1 : (total + OrderQuery.MAX_PER_PAGE - 1) / OrderQuery.MAX_PER_PAGE;
                    progress.status(messages.text("progress.page", ++pages, totalPages > 0 ? totalPages : "?"));
                    List<OrderPage.Entry> rows;
                    try {
                        rows = listing.next();
                    } catch (OrderSourceException e) {
                        LOG.warn("Order sync: listing failed: {}", e.getMessage());
                        Object reason = e.userMessage().<Object>map(m -> m).orElseGet(() ->
                                LocalizedText.of("source." + e.kind().name(), Objects.toString(e.detail(), "")));
                        if (!written) {
                            LocalizedText failed = LocalizedText.of("failed.list", reason);
                            return new ActionResult(Outcome.FAILED, messages.text(failed), Map.of(), List.of(),
                                    List.of(failed), e.kind() == OrderSourceException.Kind.AUTHENTICATION
                                            ? FailureKind.CREDENTIALS_REFUSED : FailureKind.TRANSIENT);
                        }
                        report.notice(LocalizedText.of("report.brokeOff", reason));
                        brokeOff = true;
                        credentialsRefused = e.kind() == OrderSourceException.Kind.AUTHENTICATION;
                        break;
                    }
                    if (rows.isEmpty()) {
                        break;
                    }
                    total = Math.max(listing.total(), pageImport.done() + rows.size());
                    written = true;
                    if (!pageImport.importPage(rows, total)) {
                        cancelled = true;
                        break;
                    }
                    try {
                        lock.renew();
                    } catch (IllegalStateException e) {
                        report.notice(LocalizedText.of("report.lockLost"));
                        brokeOff = true;
                        break;
                    }
                }
                if (cancelled || brokeOff) {
                    break;
                }
                // an order that changed while a long pass was under way may have joined the listing behind it
                // and be older than what the overlap covers: such a pass is read once more
                boolean quick = Duration.between(started, host.clock().instant()).compareTo(settings.overlap()) < 0;
                complete = listing.complete() && quick;
                if (!complete) {
                    LOG.info("Order sync: pass {} took {} of {} listed orders in {} requests{}; reading the listing "
                            + "again", pass, listing.taken(), listing.total(), listing.requests(),
                            quick ? "" : ", and took longer than the overlap");
                }
            }
            if (complete) {
                cursor.save();
            } else if (!cancelled && !brokeOff) {
                LOG.warn("Order sync: the listing stayed incomplete after {} passes; the cursor stays", MAX_PASSES);
                report.notice(LocalizedText.of("report.incomplete", listing.taken(), listing.total()));
            }
            int marksPending = 0;
            if (!cancelled && !brokeOff) {
                marksPending = writeBack();
            }
            int notesPending = 0;
            if (source.takesNotes() && !cancelled && !brokeOff) {
                progress.status(messages.text("progress.notes"));
                PendingNotes.Flush flush = notes.flush(source, messages, cancellation);
                flush.failed().forEach(n -> report.noteNotStored(n.orderId(), n.erpNumber()));
                notesPending = flush.failed().size();
            }
            // a run stopped by refused keys cannot go on until someone fixes them: FAILED, like the
            // product sync, although the orders imported before stay (the message says so)
            Outcome outcome = cancelled ? Outcome.CANCELLED : credentialsRefused ? Outcome.FAILED
                    : report.failures() > 0 || brokeOff || !complete ? Outcome.PARTIAL : Outcome.SUCCESS;
            ActionResult result = report.result(outcome, notesPending, marksPending);
            if (outcome == Outcome.FAILED && credentialsRefused) {
                result = result.withFailure(FailureKind.CREDENTIALS_REFUSED);
            }
            Optional<Instant> cursorNow = complete ? cursor.current() : cursor.stored();
            LOG.info("Order sync finished {}: {}; cursor {}", outcome, result.counts(),
                    cursorNow.map(Instant::toString).orElse("-"));
            return result;
        }

        // the ERP numbers and statuses in batches; returns how many numbers wait for the next run
        private int writeBack() {
            progress.status(messages.text("progress.writeback"));
            try {
                StatusWriteBack statuses = new StatusWriteBack(host.orders(), state, sourceId, settings, notes,
                        new OrderTraces(state, sourceId));
                OrderWriteBack.Result back = new OrderWriteBack(statuses, marks, noteParallelism)
                        .run(source, cancellation);
                back.statuses().sent().forEach(s -> report.statusSent(s.orderId(), s.erpNumber(), s.status()));
                back.statuses().failed().forEach(f -> report.statusNotSent(f.orderId(), f.erpNumber(), f.why()));
                LOG.info("Order sync: ERP numbers written onto {} shop orders, {} waiting", back.numbersWritten(),
                        back.numbersPending());
                return back.numbersPending();
            } catch (RuntimeException e) {
                LOG.warn("Order sync: the ERP's changes could not be read for the shop ({})", e.getClass().getName());
                LOG.debug("Order sync: failure writing back", e);
                report.notice(LocalizedText.of("report.writebackBroke", e.getClass().getSimpleName()));
                return 0;
            }
        }

    }
}
