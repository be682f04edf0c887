package hu.webshopsync.webshop.images;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.shop.ShopException;
import java.util.Objects;

/**
 * The media server answered an upload or a search with an error. The adapter translates its
 * platform's error into this; the image decisions need only the HTTP status, the server's code and
 * words, and whether the credentials were refused.
 */
public final class MediaRefusedException extends ShopException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String serverMessage;
    private final boolean credentialsRefused;
    private final transient LocalizedText phrase;
    private final boolean retryable;

    /**
     * @param cause the platform's error, which says it in the user's words
     * @param status             the HTTP status
     * @param code               the server's error code
     * @param serverMessage      the server's message, as it gave it
     */
    public MediaRefusedException(ShopException cause, int status, String code, String serverMessage) {
        super(cause.getMessage(), cause);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.serverMessage = serverMessage == null ? "" : serverMessage;
        this.credentialsRefused = cause.credentialsRefused();
        this.phrase = cause.phrase();
        this.retryable = cause.retryable();
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the server's error code */
    public String code() {
        return code;
    }

    /** @return the server's message */
    public String serverMessage() {
        return serverMessage;
    }

    /** @return whether the user may not upload: refused credentials, or 403 for lack of rights */
    boolean uploadsForbidden() {
        return credentialsRefused || status == 403;
    }

    /** @return whether the server may have stored the file anyway: a server error or an unreadable answer; a 4xx did not */
    boolean mayHaveStored() {
        return status < 400 || status >= 500;
    }

    @Override
    public LocalizedText phrase() {
        return phrase;
    }

    @Override
    public boolean credentialsRefused() {
        return credentialsRefused;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
