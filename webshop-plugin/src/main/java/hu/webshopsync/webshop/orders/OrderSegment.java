package hu.webshopsync.webshop.orders;

import hu.webshopsync.api.CustomerDraft;
import hu.webshopsync.api.CustomerOrderBook;
import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.api.OrderCreation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stretch of a page whose new orders go to the ERP in one {@code createAll}. What happens to
 * each entry (report line, cursor) is applied after that call, in listing order, because the
 * cursor must not pass an order that failed before it.
 */
final class OrderSegment {

    private static final Logger LOG = LoggerFactory.getLogger(OrderSegment.class);
    private static final Pattern DIGITS_ONLY = Pattern.compile("[^0-9]");

    private final List<PendingNotes.Note> committed;
    private final List<Step> steps = new ArrayList<>();
    // contact keys of the new customers in this segment: a second order of the same new buyer
    // must find the customer the first one creates, so it starts the next segment
    private final Set<String> newBuyers = new HashSet<>();
    private final CustomerOrderBook book;
    private final OrderSyncReport report;
    private final OrderCursor cursor;
    private final Runnable stepApplied;
    private final Runnable committedAll;

    /**
     * @param book         the ERP's orders
     * @param report       the run's report
     * @param cursor       the run's cursor
     * @param committed    collects the notes of the orders created
     * @param stepApplied  told after each entry was applied, for progress
     * @param committedAll told after each commit, to store what the segment learnt
     */
    OrderSegment(CustomerOrderBook book, OrderSyncReport report, OrderCursor cursor,
                 List<PendingNotes.Note> committed, Runnable stepApplied, Runnable committedAll) {
        this.book = Objects.requireNonNull(book, "book");
        this.report = Objects.requireNonNull(report, "report");
        this.cursor = Objects.requireNonNull(cursor, "cursor");
        this.committed = Objects.requireNonNull(committed, "committed");
        this.stepApplied = Objects.requireNonNull(stepApplied, "stepApplied");
        this.committedAll = Objects.requireNonNull(committedAll, "committedAll");
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
                results = book.createAll(creating.stream().map(c -> c.mapped().draft()).toList());
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
            stepApplied.run();
        }
        steps.clear();
        newBuyers.clear();
        committedAll.run();
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

    /** What a listed entry leads to, applied in listing order when its segment is committed. */
    private sealed interface Step permits Apply, Creating {
    }

    /** A report line and cursor move. */
    private record Apply(Runnable action) implements Step {
    }

    /** A new order on its way to the ERP. */
    private record Creating(OrderPage.Readable r, MappedOrder mapped) implements Step {
    }

    /** The contact keys the host matches customers by: e-mail trimmed in lower case, phone digits. */
    static List<String> buyerKeys(CustomerDraft customer) {
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
