package hu.webshopsync.webshop.products;

import java.time.Duration;

/**
 * How many writes the next batch carries, so that one batch request stays within a time budget:
 * PHP stops a request after {@code max_execution_time} (30 s on most hosting) and answers 500
 * after doing part of the work, and a batch of 100 products with images can take longer than
 * that. It starts at the largest batch, which a fast shop always gets. A batch slower than the
 * budget, or one that timed out, halves the size; a timeout also lowers the budget below the time
 * it failed at, since that is roughly where the shop's limit is. After each answer the size moves
 * to what the budget allows at the time per item just seen, at most doubling at once.
 *
 * <p>On a slow shop (a full batch would take longer than {@link #SLOW}) the batches are small
 * probes of about {@link #PROBE} until the concurrency limiter has found how many requests the shop
 * serves at once: with batches of 100 that take seconds, a run of a few thousand products has too few answers to learn
 * from before it is over. The last batches of a slow run are spread over the requests in flight,
 * so that none of them finishes alone. Used on the run's thread only.
 */
final class BatchSizer {

    /**
     * A shop is slow when a full batch takes it longer than this: when some request took this long,
     * and none was fast enough per item to say otherwise (a short request may be all round trip, or
     * one stall of a busy machine).
     */
    static final Duration SLOW = Duration.ofSeconds(1);
    /** While the concurrency is being found, a batch on a slow shop takes about this long. */
    static final Duration PROBE = Duration.ofMillis(500);
    // a timed-out request failed near the shop's limit; the next ones aim at this share of it
    private static final double BELOW_LIMIT = 0.7;

    private final int max;
    private Duration budget;
    private int size;
    // the fastest time per item of this run's writes: at most the shop's own pace, without its queue
    private double bestNanosPerItem = Double.MAX_VALUE;
    private boolean longRequestSeen;
    private boolean probing;

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

    /**
     * The writes the next batch may carry when {@code remaining} writes are left for {@code inFlight}
     * requests at once: on a slow shop, no more than an even share of them.
     *
     * @param remaining writes not yet sent, queued or still to be read
     * @param inFlight  requests allowed at once
     * @return the size
     */
    int size(long remaining, int inFlight) {
        if (!slowShop() || remaining < 1 || inFlight < 2) {
            return size;
        }
        long share = (remaining + inFlight - 1) / inFlight;
        return (int) Math.min(size, Math.max(probeSize(), share));
    }

    /** @return the longest one batch request should take now */
    Duration budget() {
        return budget;
    }

    /** @return whether a full batch takes this shop longer than {@link #SLOW} */
    boolean slowShop() {
        return longRequestSeen && bestNanosPerItem * max > SLOW.toNanos();
    }

    /**
     * Another write of the run (categories, say) showed the shop's pace before the first batch did.
     *
     * @param items the writes it carried
     * @param took  from sending to the answer
     */
    void paced(int items, Duration took) {
        if (items >= 1) {
            pace(items, took);
            holdToProbe();
        }
    }

    /** The requests in flight are still growing quickly: on a slow shop, batches are probes. */
    void probe() {
        probing = true;
        holdToProbe();
    }

    /** The requests in flight no longer grow quickly: batches may grow as the budget allows. */
    void concurrencyFound() {
        probing = false;
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
        pace(items, took);
        if (took.compareTo(budget) > 0) {
            size = Math.max(1, Math.min(size, items) / 2);
            return;
        }
        long fits = budget.toNanos() / Math.max(1, took.toNanos() / items);
        size = (int) Math.max(1, Math.min(Math.min(max, fits), 2L * size));
        holdToProbe();
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
        if (!slowShop()) {
            return;
        }
        long fits = budget.toNanos() / (long) bestNanosPerItem;
        size = (int) Math.max(1, Math.min(size, fits));
    }

    private void pace(int items, Duration took) {
        bestNanosPerItem = Math.min(bestNanosPerItem, Math.max(1.0, (double) took.toNanos() / items));
        longRequestSeen |= took.compareTo(SLOW) >= 0;
    }

    private void holdToProbe() {
        if (probing && slowShop()) {
            size = Math.min(size, probeSize());
        }
    }

    private int probeSize() {
        return (int) Math.max(1, Math.min(max, PROBE.toNanos() / bestNanosPerItem));
    }
}
