package hu.webshopsync.host.csv;

/**
 * An import file whose header the importer cannot work with; nothing was imported.
 */
public class CsvHeaderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the header. */
    public enum Kind {
        /** The file is empty. */
        EMPTY,
        /** A required column is missing. */
        MISSING_COLUMN,
        /** A column is not one the importer knows. */
        UNKNOWN_COLUMN,
        /** A column appears twice. */
        DUPLICATE_COLUMN,
        /** The header has more columns than any product file needs. */
        TOO_MANY_COLUMNS,
        /** The first line is longer than any header can be (or the file has no line breaks). */
        HEADER_TOO_LONG,
        /** A {@code stock:} column names a warehouse code longer than the ERP allows. */
        WAREHOUSE_TOO_LONG
    }

    private final Kind kind;
    private final String column;

    /**
     * Creates the exception.
     *
     * @param kind   what is wrong
     * @param column the column concerned, or empty
     */
    public CsvHeaderException(Kind kind, String column) {
        super(kind + (column.isEmpty() ? "" : ": " + column), null, false, false);
        this.kind = kind;
        this.column = column;
    }

    /**
     * What is wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The column concerned.
     *
     * @return the column name, or empty
     */
    public String column() {
        return column;
    }
}
