package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.ActionResult;
import hu.webshopsync.api.FailureKind;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.Binding;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.OrderCreation;
import hu.webshopsync.api.Outcome;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.api.StateLock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
 *   order except the optional shop note.</li>
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
    private static final Pattern DIGITS_ONLY = Pattern.compile("[^0-9]");

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
     * @param noteParallelism  how many order notes may be on their way to the shop at once
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
        private final OrderKeys orderKeys = new OrderKeys(state, sourceId);
        private final PendingNotes notes = new PendingNotes(state, sourceId, noteParallelism);
        private final ProductBindingIndex productBindings = new ProductBindingIndex(state);
        private final CustomerMatcher customers = new CustomerMatcher(host.customers(), settings.taxNumberMetaKey());
        private final OrderMapper mapper = new OrderMapper(settings, sourceId, host.currency(), messages);
        private final OrderTraces traces = new OrderTraces(state, sourceId);
        private final OrderLifecycle lifecycle = new OrderLifecycle(host.orders(), sourceId, messages);
        // what this segment learnt of each order, stored once the segment is applied
        private final Map<Long, OrderTrace> traced = new LinkedHashMap<>();
        // shop order ids this run has dealt with: a re-read of the listing passes them by
        private final Set<Long> seen = new HashSet<>();
        // entries without a readable id, by label, so that a re-read does not report them twice
        private final Set<String> reportedWithoutId = new HashSet<>();
        private long done;
        private long total = -1;

        Run(StateLock lock, ProgressListener progress, Cancellation cancellation) {
            this.lock = lock;
            this.progress = progress;
            this.cancellation = cancellation;
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
                    total = Math.max(listing.total(), done + rows.size());
                    written = true;
                    if (!importPage(rows)) {
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
            if (!cancelled && !brokeOff) {
                writeBack();
            }
            int notesPending = 0;
            if (settings.orderNoteEnabled() && !cancelled && !brokeOff) {
                progress.status(messages.text("progress.notes"));
                PendingNotes.Flush flush = notes.flush(source, messages, cancellation);
                flush.failed().forEach(n -> report.noteNotStored(n.orderId(), n.erpNumber()));
                notesPending = flush.failed().size();
            }
            // a run stopped by refused keys cannot go on until someone fixes them: FAILED, like the
            // product sync, although the orders imported before stay (the message says so)
            Outcome outcome = cancelled ? Outcome.CANCELLED : credentialsRefused ? Outcome.FAILED
                    : report.failures() > 0 || brokeOff || !complete ? Outcome.PARTIAL : Outcome.SUCCESS;
            ActionResult result = report.result(outcome, notesPending);
            if (outcome == Outcome.FAILED && credentialsRefused) {
                result = result.withFailure(FailureKind.CREDENTIALS_REFUSED);
            }
            Optional<Instant> cursorNow = complete ? cursor.current() : cursor.stored();
            LOG.info("Order sync finished {}: {}; cursor {}", outcome, result.counts(),
                    cursorNow.map(Instant::toString).orElse("-"));
            return result;
        }

        private void writeBack() {
            progress.status(messages.text("progress.writeback"));
            try {
                StatusWriteBack.Result back = new StatusWriteBack(host.orders(), state, sourceId, settings, notes, traces)
                        .run(source, cancellation);
                back.sent().forEach(s -> report.statusSent(s.orderId(), s.erpNumber(), s.status()));
                back.failed().forEach(f -> report.statusNotSent(f.orderId(), f.erpNumber(), f.why()));
            } catch (RuntimeException e) {
                LOG.warn("Order sync: the ERP's changes could not be read for the shop ({})", e.getClass().getName());
                LOG.debug("Order sync: failure writing back", e);
                report.notice(LocalizedText.of("report.writebackBroke", e.getClass().getSimpleName()));
            }
        }

        /** @return false when the user cancelled in the middle of the page */
        private boolean importPage(List<OrderPage.Entry> rows) {
            List<OrderPage.Entry> listed = new ArrayList<>(rows.size());
            for (OrderPage.Entry entry : rows) {
                boolean fresh = entry.id().map(seen::add)
                        .orElseGet(() -> !(entry instanceof OrderPage.Malformed m) || reportedWithoutId.add(m.label()));
                if (fresh) {
                    listed.add(entry);
                }
            }
            List<OrderPage.Readable> fresh = new ArrayList<>();
            for (OrderPage.Entry entry : listed) {
                if (entry instanceof OrderPage.Readable r) {
                    fresh.add(r);
                }
            }
            List<String> refs = fresh.stream().map(r -> String.valueOf(r.order().id())).distinct().toList();
            Set<String> existing = refs.isEmpty() ? Set.of()
                    : new HashSet<>(host.orders().existingReferences(sourceId, refs));
            Map<String, String> knownKeys = orderKeys.known(existing);
            Map<String, CustomerOrderRef> inErp = existing.isEmpty() ? Map.of()
                    : host.orders().byExternalReferences(sourceId, existing);
            Map<Long, OrderTrace> seenBefore = traces.known(fresh.stream().map(r -> r.order().id())
                    .filter(id -> existing.contains(String.valueOf(id))).toList());
            List<OrderPage.Readable> toCreate = fresh.stream()
                    .filter(r -> !existing.contains(String.valueOf(r.order().id())) && importable(r.order())).toList();
            OrderLookups lookups = lookups(toCreate);
            Map<String, String> newKeys = new LinkedHashMap<>();
            toCreate.stream().filter(r -> !r.order().key().isBlank())
                    .forEach(r -> newKeys.put(String.valueOf(r.order().id()), r.order().key()));
            Map<Long, OrderTrace> newTraces = new LinkedHashMap<>();
            toCreate.forEach(r -> newTraces.put(r.order().id(), OrderTrace.of(r.order())));
            // one state write per page: the keys and first traces go before the orders are created
            List<Binding> remembered = new ArrayList<>(orderKeys.bindings(newKeys));
            remembered.addAll(traces.bindings(newTraces));
            if (!remembered.isEmpty()) {
                state.saveBindings(remembered);
            }

            List<PendingNotes.Note> committed = new ArrayList<>();
            Segment segment = new Segment(committed);
            try {
                for (OrderPage.Entry entry : listed) {
                    if (cancellation.isCancelled()) {
                        segment.commit();
                        return false;
                    }
                    if (entry instanceof OrderPage.Malformed m) {
                        segment.then(() -> {
                            report.failed(m.label(), LocalizedText.of("failed.malformed", m.field()));
                            cursor.failed(m.modified());
                        });
                    } else if (entry instanceof OrderPage.Readable r) {
                        String ref = String.valueOf(r.order().id());
                        if (existing.contains(ref)) {
                            segment.then(() -> alreadyInErp(r, knownKeys.get(ref), inErp.get(ref),
                                    Optional.ofNullable(seenBefore.get(r.order().id()))));
                        } else if (!importable(r.order())) {
                            // listed because it is closed; only orders already in the ERP are followed there
                            segment.then(() -> cursor.passed(r.modified()));
                        } else {
                            prepare(r, lookups, segment);
                        }
                    }
                }
                segment.commit();
                return true;
            } finally {
                if (settings.orderNoteEnabled()) {
                    notes.remember(committed);
                }
            }
        }

        /**
         * A stretch of a page whose new orders go to the ERP in one {@code createAll}. What happens to
         * each entry (report line, cursor) is applied after that call, in listing order, because the
         * cursor must not pass an order that failed before it.
         */
        private final class Segment {

            private final List<PendingNotes.Note> committed;
            private final List<Step> steps = new ArrayList<>();
            // contact keys of the new customers in this segment: a second order of the same new buyer
            // must find the customer the first one creates, so it starts the next segment
            private final Set<String> newBuyers = new HashSet<>();

            Segment(List<PendingNotes.Note> committed) {
                this.committed = committed;
            }

            void then(Runnable step) {
                steps.add(new Apply(step));
            }

            boolean hasBuyer(CustomerDraft customer) {
                return customer.existingId() == null && buyerKeys(customer).stream().anyMatch(newBuyers::contains);
            }

            void create(OrderPage.Readable r, MappedOrder mapped) {
                steps.add(new Creating(r, mapped));
                if (mapped.draft().customer().existingId() == null) {
                    newBuyers.addAll(buyerKeys(mapped.draft().customer()));
                }
            }

            void commit() {
                List<Creating> creating = steps.stream().filter(Creating.class::isInstance)
                        .map(Creating.class::cast).toList();
                List<OrderCreation> results = List.of();
                RuntimeException failure = null;
                if (!creating.isEmpty()) {
                    try {
                        results = host.orders().createAll(creating.stream().map(c -> c.mapped().draft()).toList());
                    } catch (RuntimeException e) {
                        // the host's message may quote the orders' data: the log gets only its type unless DEBUG
                        LOG.warn("Order sync: {} shop orders could not be stored ({})", creating.size(),
                                e.getClass().getName());
                        LOG.debug("Order sync: failure storing shop orders", e);
                        failure = e;
                    }
                }
                Iterator<OrderCreation> answers = results.iterator();
                for (Step step : steps) {
                    if (step instanceof Apply a) {
                        a.action().run();
                    } else if (step instanceof Creating c) {
                        applied(c, failure == null && answers.hasNext() ? answers.next() : null, failure);
                    }
                    done++;
                    progress.progress(done, total);
                }
                steps.clear();
                newBuyers.clear();
                traces.remember(traced);
                traced.clear();
            }

            private void applied(Creating c, OrderCreation result, RuntimeException failure) {
                ShopOrder order = c.r().order();
                String number = order.label();
                if (result instanceof OrderCreation.Created created) {
                    MappedOrder mapped = c.mapped();
                    if (mapped.reasons().isEmpty()) {
                        report.imported(number, created.order().number());
                    } else {
                        report.needsReview(number, created.order().number(), mapped.reasons());
                        LOG.debug("Shop order {} needs review: {}", order.id(),
                                mapped.reasons().stream().map(ReviewReason::kind).toList());
                    }
                    cursor.passed(c.r().modified());
                    committed.add(new PendingNotes.Note(order.id(), created.order().number()));
                } else if (result instanceof OrderCreation.AlreadyImported) {
                    // another run committed it since this page's bulk check
                    report.alreadyImported(number);
                    cursor.passed(c.r().modified());
                } else if (result instanceof OrderCreation.Refused refused) {
                    report.failed(number, LocalizedText.of("failed.erpRefused", refused.reason()));
                    cursor.failed(Optional.of(c.r().modified()));
                } else {
                    String type = failure == null ? "no answer" : failure.getClass().getSimpleName();
                    report.failed(number, LocalizedText.of("failed.erpError", type));
                    cursor.failed(Optional.of(c.r().modified()));
                }
            }
        }

        /** What a listed entry leads to, applied in listing order when its segment is committed. */
        private sealed interface Step permits Apply, Creating {
        }

        /** A report line and cursor move. */
        private record Apply(Runnable action) implements Step {
        }

        /** A new order on its way to the ERP. */
        private record Creating(OrderPage.Readable r, MappedOrder mapped) implements Step {
        }

        private void prepare(OrderPage.Readable r, OrderLookups lookups, Segment segment) {
            ShopOrder order = r.order();
            String number = order.label();
            try {
                CustomerDraft customer = customers.match(order);
                if (segment.hasBuyer(customer)) {
                    segment.commit();
                    customer = customers.match(order);
                }
                segment.create(r, mapper.map(order, customer, lookups));
            } catch (UnusableOrderException e) {
                segment.then(() -> {
                    report.failed(number, LocalizedText.of(e.messageKey()));
                    cursor.failed(Optional.of(r.modified()));
                });
            } catch (IllegalArgumentException e) {
                segment.then(() -> {
                    report.failed(number, LocalizedText.of("failed.erpRefused", String.valueOf(e.getMessage())));
                    cursor.failed(Optional.of(r.modified()));
                });
            } catch (RuntimeException e) {
                LOG.warn("Order sync: shop order {} could not be prepared ({})", order.id(), e.getClass().getName());
                LOG.debug("Order sync: failure preparing shop order {}", order.id(), e);
                segment.then(() -> {
                    report.failed(number, LocalizedText.of("failed.erpError", e.getClass().getSimpleName()));
                    cursor.failed(Optional.of(r.modified()));
                });
            }
        }

        private void alreadyInErp(OrderPage.Readable r, String knownKey, CustomerOrderRef erp,
                                  Optional<OrderTrace> before) {
            ShopOrder order = r.order();
            String key = order.key();
            if (knownKey != null && !key.isBlank() && !knownKey.equals(key)) {
                LOG.warn("Order sync: shop order {} has another order key than the imported one", order.id());
                report.failed(order.label(), LocalizedText.of("failed.orderKeyMismatch", order.id()));
                cursor.failed(Optional.of(r.modified()));
                return;
            }
            OrderLifecycle.Step step = erp == null ? new OrderLifecycle.Unchanged()
                    : lifecycle.follow(order, erp, before);
            if (step instanceof OrderLifecycle.Failed failed) {
                report.failed(order.label(), failed.why());
                cursor.failed(Optional.of(r.modified()));
                return;
            }
            if (step instanceof OrderLifecycle.Cancelled c) {
                report.cancelledInShop(order.label(), c.erpNumber());
            } else if (step instanceof OrderLifecycle.Flagged f) {
                report.flagged(order.label(), f.erpNumber(), f.reason());
            } else {
                report.alreadyImported(order.label());
            }
            OrderTrace now = OrderTrace.of(order);
            if (!before.equals(Optional.of(now))) {
                traced.put(order.id(), now);
            }
            cursor.passed(r.modified());
        }

        // a closed order the shop lists for the lifecycle is not a new order to deliver
        private boolean importable(ShopOrder order) {
            return settings.statuses().contains(order.status());
        }

        private OrderLookups lookups(List<OrderPage.Readable> toCreate) {
            if (toCreate.isEmpty()) {
                return OrderLookups.NONE;
            }
            Set<String> skus = new HashSet<>(List.of(settings.shippingSku(), settings.feeSku()));
            for (OrderPage.Readable r : toCreate) {
                for (ShopOrder.Line item : r.order().lines()) {
                    if (!item.sku().isBlank()) {
                        skus.add(item.sku());
                    }
                }
            }
            Map<String, Product> products = new HashMap<>(host.products().bySkus(skus));
            Set<Long> unresolved = new HashSet<>();
            for (OrderPage.Readable r : toCreate) {
                for (ShopOrder.Line item : r.order().lines()) {
                    boolean known = products.containsKey(item.sku());
                    if (!known && item.productId() > 0) {
                        unresolved.add(item.productId());
                    }
                }
            }
            Map<Long, String> bound = productBindings.skus(unresolved);
            Set<String> more = new HashSet<>(bound.values());
            more.removeAll(products.keySet());
            if (!more.isEmpty()) {
                products.putAll(host.products().bySkus(more));
            }
            return new OrderLookups(products, bound);
        }

        /** The contact keys the host matches customers by: e-mail trimmed in lower case, phone digits. */
        private static List<String> buyerKeys(CustomerDraft customer) {
            List<String> keys = new ArrayList<>(2);
            String email = customer.email() == null ? "" : customer.email().trim().toLowerCase(Locale.ROOT);
            String phone = customer.phone() == null ? "" : DIGITS_ONLY.matcher(customer.phone()).replaceAll("");
            if (!email.isEmpty()) {
                keys.add("e:" + email);
            }
            if (!phone.isEmpty()) {
                keys.add("p:" + phone);
            }
            return keys;
        }
    }
}
