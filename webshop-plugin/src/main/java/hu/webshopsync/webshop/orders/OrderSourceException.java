package hu.webshopsync.webshop.orders;

import java.util.Objects;
import java.util.Optional;

/**
 * The shop could not be asked, or refused. The message is technical and free of secrets; the user
 * sees {@link #userMessage()} when the adapter could explain the failure, else a text chosen by
 * {@link #kind()}.
 */
public class OrderSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, which decides what the user is told and whether to go on. */
    public enum Kind {
        /** The shop refused the credentials or the key's permissions. */
        AUTHENTICATION,
        /** The shop did not answer (DNS, connection, TLS, timeout). */
        UNREACHABLE,
        /** The addressed order does not exist (any more). */
        NOT_FOUND,
        /** Any other refusal, e.g. a 400 or a 500. */
        REJECTED
    }

    private final Kind kind;
    private final String detail;
    private final String userMessage;

    /**
     * @param kind   what kind of refusal
     * @param detail a short technical detail for the user and the log: status and error code, never a secret
     * @param cause  the underlying failure
     */
    public OrderSourceException(Kind kind, String detail, Throwable cause) {
        this(kind, detail, null, cause);
    }

    /**
     * @param kind        what kind of refusal
     * @param detail      a short technical detail for the log: status and error code, never a secret
     * @param userMessage the explanation in the user's language, or {@code null} to let the kind decide
     * @param cause       the underlying failure
     */
    public OrderSourceException(Kind kind, String detail, String userMessage, Throwable cause) {
        super(kind + ": " + detail, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = detail == null ? "" : detail;
        this.userMessage = userMessage == null || userMessage.isBlank() ? null : userMessage;
    }

    /** @return what kind of refusal */
    public Kind kind() {
        return kind;
    }

    /** @return the technical detail, e.g. {@code HTTP 401 woocommerce_rest_cannot_view} */
    public String detail() {
        return detail;
    }

    /** @return the explanation in the user's language, if the adapter gave one */
    public Optional<String> userMessage() {
        return Optional.ofNullable(userMessage);
    }
}
