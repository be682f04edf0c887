package hu.webshopsync.webshop.woocommerce;

import java.time.Duration;
import java.util.Objects;

/**
 * The one retry policy of the WooCommerce client: how often one request may be tried, how the
 * waits between tries grow, how far the shop's {@code Retry-After} is honoured, and how much
 * retrying one run may spend in total (a shop that answers 503 all afternoon must not keep a run
 * waiting for hours).
 *
 * @param maxAttempts     tries per request, the first included; at least 1
 * @param initialBackoff  the wait before the second try; it doubles with every further try
 * @param maxBackoff      the longest computed wait
 * @param retryAfterCap   the longest wait the shop may ask for with {@code Retry-After}
 * @param budgetRetries   retries per run, over all requests
 * @param budgetWait      total waiting per run, over all requests
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration retryAfterCap,
                          int budgetRetries, Duration budgetWait) {

    /** The sync's policy: 5 tries, 0.5 s doubling to 20 s, Retry-After up to 60 s, 40 retries or 5 minutes a run. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(20),
            Duration.ofSeconds(60), 40, Duration.ofMinutes(5));

    /**
     * Validates.
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(retryAfterCap, "retryAfterCap");
        Objects.requireNonNull(budgetWait, "budgetWait");
        if (maxAttempts < 1 || budgetRetries < 0 || initialBackoff.isNegative() || maxBackoff.isNegative()
                || retryAfterCap.isNegative() || budgetWait.isNegative()) {
            throw new IllegalArgumentException("invalid retry policy: " + maxAttempts + " attempts");
        }
    }

    /**
     * The same policy with another number of tries per request (a module check uses 1: the user
     * is waiting in front of the settings form).
     *
     * @param attempts tries per request
     * @return the policy
     */
    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(Math.max(1, attempts), initialBackoff, maxBackoff, retryAfterCap, budgetRetries,
                budgetWait);
    }
}
