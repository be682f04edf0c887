package hu.webshopsync.host.csv;

import java.util.List;

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
        /** A {@code field:} column names a sheet field no loaded plugin declares. */
        UNKNOWN_FIELD,
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
    private final List<String> known;

    /**
     * Creates the exception.
     *
     * @param kind   what is wrong
     * @param column the column concerned, or empty
     */
    public CsvHeaderException(Kind kind, String column) {
        this(kind, column, List.of());
    }

    /**
     * Creates the exception naming what would have been accepted.
     *
     * @param kind   what is wrong
     * @param column the column concerned
     * @param known  the names the column could have had, e.g. the sheet field keys
     */
    public CsvHeaderException(Kind kind, String column, List<String> known) {
        super(kind + (column.isEmpty() ? "" : ": " + column), null, false, false);
        this.kind = kind;
        this.column = column;
        this.known = List.copyOf(known);
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

    /**
     * What the column could have been named, for {@link Kind#UNKNOWN_FIELD}: the loaded sheet field keys.
     *
     * @return the names, possibly none
     */
    public List<String> known() {
        return known;
    }
}
