package hu.webshopsync.webshop.orders;

/**
 * A readable shop order that still cannot become a customer order, e.g. one without any line. It is
 * reported as failed and holds the cursor back, like a malformed one.
 */
final class UnusableOrderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    /**
     * @param messageKey the key of the explanation in the orders bundle
     */
    public UnusableOrderException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** @return the key of the explanation in the orders bundle */
    public String messageKey() {
        return messageKey;
    }
}
