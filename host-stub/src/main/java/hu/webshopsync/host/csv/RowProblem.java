package hu.webshopsync.host.csv;

import hu.webshopsync.api.FieldType;
import hu.webshopsync.host.catalog.ProductRules;

/**
 * A row of an import file that was refused.
 *
 * @param line   the line the row starts on
 * @param sku    the row's SKU (shortened when too long), or empty
 * @param reason what is wrong: the name of a {@link Problem}, of a {@link ProductRules.Problem}, or
 *               {@code BAD_FIELD_} and the {@link FieldType} a sheet field column's value does not fit
 * @param detail the offending value or column, for the message
 */
public record RowProblem(int line, String sku, String reason, String detail) {

    /** What can be wrong with a row beyond the product master's own rules. */
    public enum Problem {
        /** The SKU appeared earlier in the file. */
        DUPLICATE_SKU,
        /** The row has a different number of fields than the header. */
        COLUMN_COUNT,
        /** The {@code webshop} column's value is not true or false. */
        BAD_WEBSHOP,
        /** The database refused the row although it passed every check. */
        NOT_STORED
    }

    /**
     * A row that broke a row rule.
     *
     * @param line    the line
     * @param sku     the SKU, or empty
     * @param problem what is wrong
     * @param detail  the offending value
     */
    public RowProblem(int line, String sku, Problem problem, String detail) {
        this(line, sku, problem.name(), detail);
    }

    /**
     * A row with a value the product master cannot take.
     *
     * @param line    the line
     * @param sku     the SKU, or empty
     * @param problem what is wrong
     * @param detail  the offending value
     */
    public RowProblem(int line, String sku, ProductRules.Problem problem, String detail) {
        this(line, sku, problem.name(), detail);
    }

    /**
     * A row whose {@code field:} column holds a value the field's type does not take.
     *
     * @param line   the line
     * @param sku    the SKU
     * @param type   the field's type
     * @param detail the column and the value, {@code field:key=value}
     * @return the problem
     */
    public static RowProblem badField(int line, String sku, FieldType type, String detail) {
        return new RowProblem(line, sku, "BAD_FIELD_" + type.name(), detail);
    }
}
