package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.Binding;
import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderRef;
import hu.webshopsync.api.HostServices;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.PluginStateStore;
import hu.webshopsync.api.Product;
import hu.webshopsync.api.ProgressListener;
import java.util.ArrayList;
import java.util.HashMap;
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
 * One run's work on the pages of the listing ({@link OrderImporter} drives the listing itself): the
 * page's new orders go to the ERP in as few {@code createAll} calls as the buyers allow, the orders
 * already there are checked for a reused id and followed into what the shop did to them
 * ({@link OrderLifecycle}), and each entry's report line and cursor move are applied in listing order.
 */
final class PageImport {

    private static final Logger LOG = LoggerFactory.getLogger(PageImport.class);

    private final HostServices host;
    private final PluginStateStore state;
    private final String sourceId;
    private final OrderSyncSettings settings;
    private final OrderSyncReport report;
    private final OrderCursor cursor;
    private final PendingMarks marks;
    private final PendingNotes notes;
    private final boolean importNotes;
    private final ProgressListener progress;
    private final Cancellation cancellation;
    private final OrderKeys orderKeys;
    private final OrderTraces traces;
    private final ProductBindingIndex productBindings;
    private final CustomerMatcher customers;
    private final OrderMapper mapper;
    private final OrderLifecycle lifecycle;
    // what this segment learnt of each order, stored once the segment is applied
    private final Map<Long, OrderTrace> traced = new LinkedHashMap<>();
    // shop order ids this run has dealt with: a re-read of the listing passes them by
    private final Set<Long> seen = new HashSet<>();
    // entries without a readable id, by label, so that a re-read does not report them twice
    private final Set<String> reportedWithoutId = new HashSet<>();
    private long done;
    private long total = -1;

    /**
     * What a run shares with its pages.
     *
     * @param marks       where the imported orders' ERP numbers wait for the write-back
     * @param notes       where their import notes wait
     * @param importNotes whether an imported order gets a note (the setting is on and the shop keeps notes)
     */
    record Run(OrderSyncReport report, OrderCursor cursor, PendingMarks marks, PendingNotes notes,
               boolean importNotes, ProgressListener progress, Cancellation cancellation) {
    }

    PageImport(HostServices host, PluginStateStore state, String sourceId, OrderSyncSettings settings,
               OrderMessages messages, Run run) {
        this.host = Objects.requireNonNull(host, "host");
        this.state = Objects.requireNonNull(state, "state");
        this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.report = run.report();
        this.cursor = run.cursor();
        this.marks = run.marks();
        this.notes = run.notes();
        this.importNotes = run.importNotes();
        this.progress = run.progress();
        this.cancellation = run.cancellation();
        this.orderKeys = new OrderKeys(state, sourceId);
        this.traces = new OrderTraces(state, sourceId);
        this.productBindings = new ProductBindingIndex(state);
        this.customers = new CustomerMatcher(host.customers(), settings.taxNumberMetaKey());
        this.mapper = new OrderMapper(settings, sourceId, host.currency(), messages);
        this.lifecycle = new OrderLifecycle(host.orders(), sourceId, messages);
    }

    /** @return how many listed entries have been dealt with */
    long done() {
        return done;
    }

    /**
     * Imports one page's new orders and follows its imported ones.
     *
     * @param rows  the page's rows this pass has not taken before
     * @param total how many orders the listing holds, for progress; -1 when unknown
     * @return false when the user cancelled in the middle of the page
     */
    boolean importPage(List<OrderPage.Entry> rows, long total) {
        this.total = total;
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
        OrderSegment segment = new OrderSegment(host.orders(), report, cursor, committed, this::stepApplied,
                this::segmentCommitted);
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
            // what the ERP committed waits for the write-back, whatever stopped the page: one state write
            List<Binding> waiting = new ArrayList<>(marks.bindings(committed.stream()
                    .filter(n -> n.erpNumber() != null && !n.erpNumber().isBlank())
                    .map(n -> new OrderSource.OrderMark(n.orderId(), n.erpNumber(), null)).toList()));
            if (importNotes) {
                committed.forEach(n -> waiting.add(notes.binding(n)));
            }
            if (!waiting.isEmpty()) {
                state.saveBindings(waiting);
            }
        }
    }

    private void stepApplied() {
        done++;
        progress.progress(done, total);
    }

    private void segmentCommitted() {
        traces.remember(traced);
        traced.clear();
    }

    private void prepare(OrderPage.Readable r, OrderLookups lookups, OrderSegment segment) {
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
}
