package hu.webshopsync.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ERP's customer orders (vevői rendelések).
 */
public interface CustomerOrderBook {

    /**
     * Creates a customer order with the status "to deliver" (kiszállítandó) in ONE transaction: the
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
}
