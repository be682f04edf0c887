package hu.webshopsync.host.catalog;

/**
 * A value the product master cannot take; says which rule it broke and the offending value.
 */
public final class InvalidProductValue extends Exception {

    private static final long serialVersionUID = 1L;

    private final ProductRules.Problem problem;
    private final String detail;

    /**
     * Creates the refusal.
     *
     * @param problem what is wrong
     * @param detail  the offending value, shortened for a message
     */
    public InvalidProductValue(ProductRules.Problem problem, String detail) {
        super(problem.name(), null, false, false);
        this.problem = problem;
        this.detail = detail;
    }

    /** @return what is wrong */
    public ProductRules.Problem problem() {
        return problem;
    }

    /** @return the offending value or the limit, for the message */
    public String detail() {
        return detail;
    }
}
