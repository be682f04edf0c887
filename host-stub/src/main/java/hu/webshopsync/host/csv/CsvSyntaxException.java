package hu.webshopsync.host.csv;

/**
 * A CSV file that cannot be read on: a quoted field that never closes.
 */
public class CsvSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * Creates the exception.
     *
     * @param line   the line where the broken record starts
     * @param reason what is wrong
     */
    public CsvSyntaxException(int line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    /**
     * The line where the broken record starts.
     *
     * @return the line, 1-based
     */
    public int line() {
        return line;
    }
}
