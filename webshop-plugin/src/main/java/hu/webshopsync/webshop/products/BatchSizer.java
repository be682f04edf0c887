package hu.webshopsync.webshop.products;

import java.time.Duration;

/**
 * How many writes the next batch carries, so that one batch request stays within a time budget:
 * PHP stops a request after {@code max_execution_time} (30 s on most hosting) and answers 500
 * after doing part of the work, and a batch of 100 products with images can take longer than
 * that. It starts at the largest batch, which a fast shop always gets. A batch slower than the
 * budget, or one that timed out, halves the size; a timeout also lowers the budget below the time
 * it failed at, since that is roughly where the shop's limit is. After each answer the size moves
 * to what the budget allows at the time per item just seen, at most doubling at once. Used on the
 * run's thread only.
 */
final class BatchSizer {

    // a timed-out request failed near the shop's limit; the next ones aim at this share of it
    private static final double BELOW_LIMIT = 0.7;

    private final int max;
    private Duration budget;
    private int size;

    /**
     * @param max    the largest batch
     * @param budget the longest one batch request should take
     */
    BatchSizer(int max, Duration budget) {
        if (max < 1 || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a batch holds at least one write within a positive time");
        }
        this.max = max;
        this.budget = budget;
        this.size = max;
    }

    /** @return the writes the next batch may carry */
    int size() {
        return size;
    }

    /** @return the longest one batch request should take now */
    Duration budget() {
        return budget;
    }

    /**
     * The shop answered a batch.
     *
     * @param items the writes it carried
     * @param took  from sending to the answer
     */
    void answered(int items, Duration took) {
        if (items < 1) {
            return;
        }
        if (took.compareTo(budget) > 0) {
            size = Math.max(1, Math.min(size, items) / 2);
            return;
        }
        long fits = budget.toNanos() / Math.max(1, took.toNanos() / items);
        size = (int) Math.max(1, Math.min(Math.min(max, fits), 2L * size));
    }

    /**
     * A batch got no answer in time: the client's read timeout, or the shop's own time limit.
     *
     * @param items the writes it carried
     * @param took  from sending to the failure
     */
    void timedOut(int items, Duration took) {
        Duration nearLimit = Duration.ofNanos((long) (took.toNanos() * BELOW_LIMIT));
        if (!nearLimit.isZero() && nearLimit.compareTo(budget) < 0) {
            budget = nearLimit;
        }
        size = Math.max(1, Math.min(size, Math.max(1, items)) / 2);
    }

    /**
     * The shop told its time limit per request ({@code max_execution_time}): stay well below it.
     *
     * @param limit the shop's limit
     */
    void shopLimit(Duration limit) {
        Duration below = Duration.ofNanos((long) (limit.toNanos() * BELOW_LIMIT));
        if (!below.isZero() && below.compareTo(budget) < 0) {
            budget = below;
        }
    }
}
