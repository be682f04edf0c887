package hu.webshopsync.webshop.shop;

import hu.webshopsync.api.LocalizedText;

/**
 * A shop request failed as a whole, in words any platform's adapter can give: the engine decides
 * on these (stop the run, wait, report) without knowing the platform's error codes. Each adapter
 * throws its own subclass and translates its codes here. The message never holds a credential.
 */
public abstract class ShopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message technical text for the log, without credentials
     * @param cause   the underlying failure, if any
     */
    protected ShopException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @return the user's text for this failure, in the plugin's main bundle, without any credential */
    public abstract LocalizedText phrase();

    /** @return whether the shop refused the credentials: every later request of the run would fail too */
    public abstract boolean credentialsRefused();

    /** @return whether trying again later may work (throttling, a busy or unreachable server) */
    public abstract boolean retryable();

    /**
     * Whether the shop may have carried out part of the request before it failed, as PHP does when
     * it stops a request at its time limit: what was sent must be looked up before it is sent again.
     *
     * @return true when the outcome of a write is unknown although the shop answered
     */
    public boolean partlyDone() {
        return false;
    }
}
