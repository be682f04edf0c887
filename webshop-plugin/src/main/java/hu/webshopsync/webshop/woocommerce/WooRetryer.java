package hu.webshopsync.webshop.woocommerce;

import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Tries a request again after a temporary failure, but only when repeating it cannot do harm:
 * reads and idempotent writes (GET, PUT, DELETE) after throttling, gateway errors or I/O failures;
 * any request that provably never reached the shop (connection refused or timed out while
 * connecting); a POST only after a 429, which means the shop did not process it. A POST that may
 * have been carried out (read timeout, 502/503/504) is handed to the caller, who looks the result
 * up before deciding (see the product sync). TLS failures are never retried.
 *
 * <p>Waits {@code Retry-After} when the shop gives it (capped), otherwise backs off exponentially.
 */
final class WooRetryer implements Retryer {

    /** Waits; a test passes one that only records. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Sleeper sleeper;
    private int attempt = 1;

    WooRetryer(int maxAttempts, Duration initialBackoff, Sleeper sleeper) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.sleeper = sleeper;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (attempt >= maxAttempts || !safeToRepeat(e)) {
            throw e;
        }
        Duration wait = waitBefore(e);
        attempt++;
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    Duration waitBefore(RetryableException e) {
        if (e.getCause() instanceof WooCommerceException w && w.retryAfter().isPresent()) {
            Duration asked = w.retryAfter().get();
            return asked.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : asked;
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 6));
        return backoff.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : backoff;
    }

    static boolean safeToRepeat(RetryableException e) {
        Throwable cause = e.getCause();
        if (hasCause(cause, SSLException.class) || hasCause(cause, UnknownHostException.class)) {
            return false;
        }
        if (hasCause(cause, ConnectException.class) || hasCause(cause, HttpConnectTimeoutException.class)) {
            return true;
        }
        HttpMethod method = e.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.PUT
                || method == HttpMethod.DELETE) {
            return true;
        }
        return cause instanceof WooCommerceException w && w.status() == 429;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Retryer clone() {
        return new WooRetryer(maxAttempts, initialBackoff, sleeper);
    }
}
