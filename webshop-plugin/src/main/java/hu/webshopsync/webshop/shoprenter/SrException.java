package hu.webshopsync.webshop.shoprenter;

import hu.webshopsync.api.LocalizedText;
import hu.webshopsync.webshop.shop.ShopException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Shoprenter API (or its token endpoint) answered with an error. Shoprenter's JSON error body is
 * not documented: the text is its {@code message} when there is one, otherwise the body cut short;
 * the inner code ({@code 40033} …) only when the body carries a {@code code}. Never a credential.
 */
public class SrException extends ShopException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal this is, beyond its status. */
    public enum Kind {
        /** An error status from the API. */
        STATUS,
        /** A 2xx (or error) answer that is not Shoprenter's JSON. */
        UNREADABLE,
        /** A 3xx: the configured address is not the API's. */
        REDIRECTED,
        /** The OAuth token endpoint refused the client. */
        TOKEN_REFUSED
    }

    private final int status;
    private final Kind kind;
    private final String innerCode;
    private final String shopMessage;
    private final Duration retryAfter;
    private final boolean writeMayHaveHappened;

    /**
     * @param status               the HTTP status
     * @param kind                 the kind of refusal
     * @param innerCode            Shoprenter's inner code ({@code 40033}), or "" when the body had none
     * @param shopMessage          the shop's text, without credentials
     * @param retryAfter           the shop's {@code Retry-After}, or null
     * @param writeMayHaveHappened whether a write may have been carried out before the failure
     */
    public SrException(int status, Kind kind, String innerCode, String shopMessage, Duration retryAfter,
                       boolean writeMayHaveHappened) {
        super("HTTP " + status + " " + kind + (innerCode == null || innerCode.isEmpty() ? "" : " " + innerCode)
                + ": " + shopMessage, null);
        this.status = status;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.innerCode = innerCode == null ? "" : innerCode;
        this.shopMessage = shopMessage == null ? "" : shopMessage;
        this.retryAfter = retryAfter;
        this.writeMayHaveHappened = writeMayHaveHappened;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the kind of refusal */
    public Kind kind() {
        return kind;
    }

    /** @return Shoprenter's inner code, e.g. {@code 40033}; "" when the body had none */
    public String innerCode() {
        return innerCode;
    }

    /** @return the shop's text */
    public String shopMessage() {
        return shopMessage;
    }

    /** @return how long the shop asked us to wait, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** @return true for throttling (429) and a busy or timed-out server (502, 503, 504) */
    @Override
    public boolean retryable() {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    @Override
    public boolean credentialsRefused() {
        return kind == Kind.TOKEN_REFUSED || status == 401 || status == 403;
    }

    /** A write that met a 500 or a gateway timeout may have been carried out (no rollback, UNVERIFIED). */
    @Override
    public boolean partlyDone() {
        return writeMayHaveHappened;
    }

    @Override
    public LocalizedText phrase() {
        return switch (kind) {
            case TOKEN_REFUSED -> LocalizedText.of("error.sr.tokenRefused", status, shopMessage);
            case UNREADABLE -> LocalizedText.of("error.sr.unreadableAnswer", status);
            case REDIRECTED -> LocalizedText.of("error.redirected", shopMessage);
            case STATUS -> statusPhrase();
        };
    }

    private LocalizedText statusPhrase() {
        if (credentialsRefused()) {
            return LocalizedText.of("error.sr.credentialsRefused", status);
        }
        if (retryable()) {
            return LocalizedText.of("error.shopBusy", status);
        }
        return LocalizedText.of("error.shopRefused", status, innerCode.isEmpty() ? "Shoprenter" : innerCode,
                shopMessage);
    }
}
