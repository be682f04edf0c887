package hu.webshopsync.host.cli;

/**
 * An unexpected failure of a command, its message already cleared of secrets while the host was open.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String redactedMessage;

    CommandFailure(String redactedMessage, Exception cause) {
        super(redactedMessage, cause, false, false);
        this.redactedMessage = redactedMessage;
    }

    String redactedMessage() {
        return redactedMessage;
    }
}
