package hu.webshopsync.api;

/**
 * Thrown when a customer order with the same external source and reference exists already. The
 * ERP's database enforces this, so a repeated or concurrent import can never store an order twice.
 */
public class DuplicateExternalReferenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param externalSource    the source
     * @param externalReference the id at the source
     */
    public DuplicateExternalReferenceException(String externalSource, String externalReference) {
        super("A customer order from " + externalSource + " with reference " + externalReference + " exists already");
    }
}
