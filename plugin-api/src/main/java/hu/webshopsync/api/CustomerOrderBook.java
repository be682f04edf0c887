package hu.webshopsync.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ERP's customer orders (vevői rendelések).
 *
 * <p>An order is created {@link CustomerOrderState#OPEN}. The ERP's users fulfil or cancel it; a plugin
 * may only cancel an order whose source cancelled it ({@link #cancel}) or ask a person to look at it
 * ({@link #flagForReview}). Every change of state is recorded in one sequence that a plugin can follow
 * ({@link #stateChangesSince}) to tell the source what happened in the ERP.
 *
 * <p>The methods added after the first release have defaults, so a host that lacks them still runs
 * plugins that do not call them: the reads fall back to the older methods, the changes throw
 * {@link UnsupportedOperationException}.
 */
public interface CustomerOrderBook {

    /**
     * Creates a customer order in the state {@link CustomerOrderState#OPEN} (kiszállítandó) in ONE transaction: the
     * customer when new, the order and its lines, and the stock reservations of its product lines.
     * Either all of it is stored or nothing.
     *
     * @param draft the order
     * @return the new order
     * @throws DuplicateExternalReferenceException when an order with the same external source and
     *                                             reference exists already (nothing is stored)
     * @throws IllegalArgumentException            when the draft is not valid (nothing is stored)
     */
    CustomerOrderRef create(CustomerOrderDraft draft);

    /**
     * Creates several customer orders, each as {@link #create(CustomerOrderDraft)} would and in the
     * given order (order numbers follow it), in as few transactions as the host can: a draft that is
     * a duplicate or not valid leaves no trace and does not stop the others. Either every
     * {@link OrderCreation.Created} order is stored or, when this throws, none of them.
     *
     * <p>Each draft with a new customer creates that customer: two orders of one new buyer belong
     * in two calls, the second matched to the customer the first created.
     *
     * <p>The default creates them one by one; hosts should override it with one transaction.
     *
     * @param drafts the orders
     * @return one result per draft, in the same order
     */
    default List<OrderCreation> createAll(List<CustomerOrderDraft> drafts) {
        List<OrderCreation> results = new ArrayList<>(drafts.size());
        for (CustomerOrderDraft draft : drafts) {
            try {
                results.add(new OrderCreation.Created(create(draft)));
            } catch (DuplicateExternalReferenceException e) {
                results.add(new OrderCreation.AlreadyImported());
            } catch (IllegalArgumentException e) {
                results.add(new OrderCreation.Refused(e.getMessage()));
            }
        }
        return results;
    }

    /**
     * An order by its external reference.
     *
     * @param externalSource    the source
     * @param externalReference the id at the source
     * @return the order, if it was imported
     */
    Optional<CustomerOrderRef> byExternalReference(String externalSource, String externalReference);

    /**
     * Which of the given external references exist already, in one query.
     *
     * @param externalSource     the source
     * @param externalReferences the ids at the source
     * @return the subset that exists
     */
    Set<String> existingReferences(String externalSource, Collection<String> externalReferences);

    /**
     * The orders with the given external references, with their current states, in one query.
     *
     * <p>The default looks each one up with {@link #byExternalReference}; hosts should override it.
     *
     * @param externalSource     the source
     * @param externalReferences the ids at the source
     * @return the orders that exist, by external reference; references not imported are absent
     */
    default Map<String, CustomerOrderRef> byExternalReferences(String externalSource,
                                                               Collection<String> externalReferences) {
        Map<String, CustomerOrderRef> found = new LinkedHashMap<>();
        for (String reference : new LinkedHashSet<>(externalReferences)) {
            byExternalReference(externalSource, reference).ifPresent(order -> found.put(reference, order));
        }
        return found;
    }

    /**
     * Cancels an order because its source cancelled it, in ONE transaction: an
     * {@link CustomerOrderState#OPEN} order becomes {@link CustomerOrderState#CANCELLED}, its stock
     * reservation is released, the reason is kept on the order and a state change with
     * {@link OrderStateChange#bySource()} {@code true} is recorded. An order that is cancelled or
     * fulfilled already is left as it is, so calling this again changes nothing.
     *
     * @param externalSource    the source
     * @param externalReference the id at the source
     * @param reason            why, in the user's language, e.g. "a boltban visszavonva (cancelled)"
     * @return the order as it is after the call (check its state: a fulfilled order stays fulfilled);
     *         empty when no order has that reference
     * @throws UnsupportedOperationException when the host cannot cancel orders (the default)
     */
    default Optional<CustomerOrderRef> cancel(String externalSource, String externalReference, String reason) {
        throw new UnsupportedOperationException("this ERP host cannot cancel customer orders from a plugin");
    }

    /**
     * Marks an order as needing a person's attention and adds the reason to its review reasons, unless
     * the very same reason text is among them already; the order's state and lines are not touched.
     *
     * @param externalSource    the source
     * @param externalReference the id at the source
     * @param reason            what the person should look at, in the user's language
     * @return {@code true} when the reason was added; {@code false} when it was there already (so a
     *         repeated run reports nothing new) or no order has that reference
     * @throws UnsupportedOperationException when the host cannot flag orders (the default)
     */
    default boolean flagForReview(String externalSource, String externalReference, String reason) {
        throw new UnsupportedOperationException("this ERP host cannot flag customer orders for review from a plugin");
    }

    /**
     * The state changes of the source's orders after a cursor, oldest first. A plugin keeps the
     * highest {@link OrderStateChange#sequence()} it has handled and passes it next time; changes with
     * {@link OrderStateChange#bySource()} {@code true} came from the source and need no write-back.
     *
     * <p>The default returns none: a host that does not record changes has nothing to write back.
     *
     * @param externalSource the source whose orders to list
     * @param afterSequence  the cursor: only changes with a higher sequence are listed; 0 for all
     * @param limit          at most this many, at least 1
     * @return the changes, by ascending sequence; each with the order's state as of that change
     */
    default List<OrderStateChange> stateChangesSince(String externalSource, long afterSequence, int limit) {
        return List.of();
    }
}
