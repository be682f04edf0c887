package hu.webshopsync.host.csv;

/**
 * A row of an import file that was refused.
 *
 * @param line    the line the row starts on
 * @param sku     the row's SKU, or empty
 * @param problem what is wrong
 * @param detail  the offending value or column, for the message
 */
public record RowProblem(int line, String sku, Problem problem, String detail) {

    /** What can be wrong with a row. */
    public enum Problem {
        /** The SKU is empty. */
        MISSING_SKU,
        /** The name is empty. */
        EMPTY_NAME,
        /** The price is not a number (or has more than four decimals). */
        BAD_PRICE,
        /** The price is negative. */
        NEGATIVE_PRICE,
        /** The VAT rate is not one the ERP knows. */
        UNKNOWN_VAT,
        /** The SKU appeared earlier in the file. */
        DUPLICATE_SKU,
        /** The row has a different number of fields than the header. */
        COLUMN_COUNT,
        /** A stock quantity is not a number. */
        BAD_STOCK,
        /** A stock quantity is negative. */
        NEGATIVE_STOCK,
        /** The webshop flag is not true or false. */
        BAD_WEBSHOP
    }
}
