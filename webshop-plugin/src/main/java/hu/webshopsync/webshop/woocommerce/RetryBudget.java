package hu.webshopsync.webshop.woocommerce;

import java.time.Duration;

/**
 * What one run may still spend on retries: a number of retries and a total waiting time, shared by
 * every request of the run (parallel batches included). Thread-safe.
 */
final class RetryBudget {

    private int retriesLeft;
    private Duration waitLeft;

    RetryBudget(RetryPolicy policy) {
        this.retriesLeft = policy.budgetRetries();
        this.waitLeft = policy.budgetWait();
    }

    /**
     * Takes one retry and its wait from the budget, or nothing when either would run out.
     *
     * @param wait the wait before the retry
     * @return whether the retry may go ahead
     */
    synchronized boolean take(Duration wait) {
        if (retriesLeft <= 0 || waitLeft.compareTo(wait) < 0) {
            return false;
        }
        retriesLeft--;
        waitLeft = waitLeft.minus(wait);
        return true;
    }
}
