package hu.webshopsync.host.csv;

/**
 * A CSV file that cannot be read on: a quoted field that never closes, or a record too long to be one.
 */
public class CsvSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** A quoted field is not closed. */
        UNCLOSED_QUOTE,
        /** A record is longer than any product row can be. */
        TOO_LONG
    }

    private final int line;
    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param line the line where the broken record starts
     * @param kind what is wrong
     */
    public CsvSyntaxException(int line, Kind kind) {
        super("line " + line + ": " + kind, null, false, false);
        this.line = line;
        this.kind = kind;
    }

    /**
     * The line where the broken record starts.
     *
     * @return the line, 1-based
     */
    public int line() {
        return line;
    }

    /** @return what is wrong */
    public Kind kind() {
        return kind;
    }
}
