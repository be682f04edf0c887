package hu.webshopsync.host.db;

/**
 * A database failure the caller cannot handle, with what was being done.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was being done
     * @param cause   the JDBC failure
     */
    public DatabaseException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
