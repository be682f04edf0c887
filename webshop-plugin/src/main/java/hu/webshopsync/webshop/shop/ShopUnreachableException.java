package hu.webshopsync.webshop.shop;

import hu.webshopsync.api.LocalizedText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import javax.net.ssl.SSLException;

/**
 * No answer came from the shop: the name did not resolve, the connection was refused, TLS failed,
 * or the shop did not answer in time. The message says which host and what happened; never a
 * credential or a signed URL.
 */
public class ShopUnreachableException extends ShopException {

    private static final long serialVersionUID = 1L;

    /** What went wrong on the way to the shop. */
    public enum Reason {
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** Nothing listens, or the network refused the connection. */
        CONNECTION_REFUSED,
        /** The connection could not be made in time. */
        CONNECT_TIMEOUT,
        /** The shop took longer than the read timeout to answer. */
        READ_TIMEOUT,
        /** The TLS handshake failed: untrusted or expired certificate, wrong host name, protocol. */
        TLS,
        /** Any other I/O failure, e.g. the connection was closed mid-answer. */
        IO
    }

    private final String host;
    private final Reason reason;

    /**
     * @param host   the shop's host[:port]
     * @param reason what went wrong
     * @param detail a short technical detail without secrets (the I/O exception's class and message)
     * @param cause  the I/O failure
     */
    public ShopUnreachableException(String host, Reason reason, String detail, Throwable cause) {
        super(host + ": " + describe(reason) + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), cause);
        this.host = Objects.requireNonNull(host, "host");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Names what an I/O failure on the way to the shop was, for any platform's client.
     *
     * @param host the shop's host[:port]
     * @param io   the failure
     * @return the exception, its detail without any query string
     */
    public static ShopUnreachableException of(String host, IOException io) {
        Reason reason = Reason.IO;
        for (Throwable c = io; c != null; c = c.getCause()) {
            if (c instanceof SSLException) {
                reason = Reason.TLS;
                break;
            }
            if (c instanceof UnknownHostException) {
                reason = Reason.UNKNOWN_HOST;
                break;
            }
            if (c instanceof HttpConnectTimeoutException) {
                reason = Reason.CONNECT_TIMEOUT;
                break;
            }
            if (c instanceof HttpTimeoutException) {
                reason = Reason.READ_TIMEOUT;
                break;
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                reason = Reason.CONNECTION_REFUSED;
                break;
            }
        }
        String detail = io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + firstLine(io.getMessage()));
        return new ShopUnreachableException(host, reason, detail, io);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        // JDK messages carry no URL today; make sure a signed query never slips through.
        int q = line.indexOf('?');
        return q < 0 ? line : line.substring(0, q);
    }

    /** @return the shop's host[:port] */
    public String host() {
        return host;
    }

    /** @return what went wrong */
    public Reason reason() {
        return reason;
    }

    /**
     * Whether trying again later may work; a TLS failure needs the user's attention instead.
     *
     * @return true unless the failure was TLS
     */
    @Override
    public boolean retryable() {
        return reason != Reason.TLS;
    }

    @Override
    public boolean credentialsRefused() {
        return false;
    }

    @Override
    public LocalizedText phrase() {
        return LocalizedText.of("error.unreachable." + reason.name(), host);
    }

    /**
     * Whether the request may have reached the shop and been carried out: after a read timeout or a
     * connection lost mid-answer, a write may have happened (look it up before repeating it).
     *
     * @return true when the outcome of the request is unknown
     */
    public boolean outcomeUnknown() {
        return reason == Reason.READ_TIMEOUT || reason == Reason.IO;
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case UNKNOWN_HOST -> "host name not found";
            case CONNECTION_REFUSED -> "connection refused";
            case CONNECT_TIMEOUT -> "connection timed out";
            case READ_TIMEOUT -> "no answer within the read timeout";
            case TLS -> "TLS handshake failed";
            case IO -> "connection failed";
        };
    }
}
