package hu.webshopsync.host.csv;

/**
 * An import file that is not CSV text the importer can read; nothing after the point named was imported.
 */
public class UnreadableCsvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the file cannot be read. */
    public enum Kind {
        /** The file holds binary data (NUL or many control bytes), e.g. a spreadsheet saved as .xlsx. */
        NOT_TEXT,
        /** The file is not valid text in the encoding used. */
        BAD_ENCODING
    }

    private final Kind kind;
    private final int line;
    private final String encoding;

    /**
     * Creates the exception.
     *
     * @param kind     why
     * @param line     the line where reading stopped, 1-based, or 0 when not known
     * @param encoding the encoding the file was read in
     */
    public UnreadableCsvException(Kind kind, int line, String encoding) {
        super(kind + " at line " + line + " (" + encoding + ")", null, false, false);
        this.kind = kind;
        this.line = line;
        this.encoding = encoding;
    }

    /** @return why the file cannot be read */
    public Kind kind() {
        return kind;
    }

    /** @return the line where reading stopped, or 0 */
    public int line() {
        return line;
    }

    /** @return the encoding the file was read in */
    public String encoding() {
        return encoding;
    }
}
