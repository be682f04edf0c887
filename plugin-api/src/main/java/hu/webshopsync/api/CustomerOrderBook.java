package hu.webshopsync.api;

import java.util.Collection;
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
