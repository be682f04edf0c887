package hu.webshopsync.api;

/**
 * The kind of value a {@link ProductSheetField} or a module setting holds. Values always travel as
 * text; the host validates them by kind.
 */
public enum FieldType {
    /** {@code true} or {@code false}; drawn as a checkbox. */
    BOOLEAN,
    /** Free text on one line. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A decimal number, with a dot as separator. */
    DECIMAL
}
