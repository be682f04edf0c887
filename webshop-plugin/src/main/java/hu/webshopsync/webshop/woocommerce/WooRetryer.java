package hu.webshopsync.webshop.woocommerce;

import hu.webshopsync.webshop.shop.RetryListener;
import feign.Request.HttpMethod;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a request again after a temporary failure, but only when repeating it cannot do harm:
 * reads and idempotent writes (GET, PUT, DELETE) after throttling (408, 429), gateway errors (502,
 * 503, 504) or I/O failures (timeouts, resets); any request that provably never reached the shop
 * (connection refused or timed out while connecting); a POST only after a 408 or 429, which mean
 * the shop did not process it. A POST that may have been carried out (read timeout, reset,
 * 502/503/504) is handed to the caller, who looks the result up before deciding (see the product
 * sync). TLS failures and unknown hosts are never retried; nor is any other 4xx.
 *
 * <p>Waits {@code Retry-After} when the shop gives it (capped by the policy), otherwise backs off
 * exponentially with jitter: the n-th retry waits a random time in [b/2, b] where
 * b = min(maxBackoff, initialBackoff·2ⁿ⁻¹), so that several clients do not come back in step.
 * Every retry is taken from the run's {@link RetryBudget} and announced to the run's
 * {@link RetryListener} before the wait.
 */
final class WooRetryer implements Retryer {

    /** Waits; a test passes one that only records. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WooRetryer.class);

    private final RetryPolicy policy;
    private final RetryBudget budget;
    private final RetryListener listener;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private int attempt = 1;

    WooRetryer(RetryPolicy policy, RetryBudget budget, RetryListener listener, Sleeper sleeper, DoubleSupplier random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (attempt >= policy.maxAttempts() || !safeToRepeat(e)) {
            throw e;
        }
        Duration wait = waitBefore(e);
        if (!budget.take(wait)) {
            LOG.warn("Retry budget of this run is spent; giving up on {} after {} attempt(s)", cause(e), attempt);
            throw e;
        }
        attempt++;
        listener.waiting(new RetryListener.Wait(cause(e), attempt, policy.maxAttempts(), wait));
        LOG.debug("Waiting {} ms before attempt {}/{} ({})", wait.toMillis(), attempt, policy.maxAttempts(), cause(e));
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
            return asked.compareTo(policy.retryAfterCap()) > 0 ? policy.retryAfterCap() : asked;
        }
        Duration backoff = policy.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        if (backoff.compareTo(policy.maxBackoff()) > 0) {
            backoff = policy.maxBackoff();
        }
        double factor = 0.5 + 0.5 * Math.min(1.0, Math.max(0.0, random.getAsDouble()));
        return Duration.ofNanos((long) (backoff.toNanos() * factor));
    }

    /** What went wrong, for the user: the status, "timeout" or "connection". */
    static String cause(RetryableException e) {
        if (e.getCause() instanceof WooCommerceException w) {
            return String.valueOf(w.status());
        }
        return hasCause(e.getCause(), HttpTimeoutException.class) ? "timeout" : "connection";
    }

    static boolean safeToRepeat(RetryableException e) {
        Throwable cause = e.getCause();
        if (hasCause(cause, SSLException.class) || hasCause(cause, UnknownHostException.class)) {
            return false;
        }
        if (hasCause(cause, ConnectException.class) || hasCause(cause, HttpConnectTimeoutException.class)) {
            return true;
        }
        if (cause instanceof WooCommerceException w && !w.retryable()) {
            return false;
        }
        HttpMethod method = e.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.PUT
                || method == HttpMethod.DELETE) {
            return true;
        }
        return cause instanceof WooCommerceException w && (w.status() == 429 || w.status() == 408);
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
        // one retryer per request (Feign clones it); the budget and the listener are the run's
        return new WooRetryer(policy, budget, listener, sleeper, random);
    }
}
