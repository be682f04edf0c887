package hu.webshopsync.webshop.products;

import java.time.Duration;

/**
 * How many batch writes may be on their way at once. Fixed when the owner set
 * {@code parallelRequests}; otherwise it tunes itself, additive increase and multiplicative
 * decrease, as TCP does: it starts low and adds a request while the shop answers as fast as it
 * did at its best (one per answer until the first back-off, then about one per round of
 * answers), and backs off by half when the shop refuses (429, 503) or times out, by a fifth when
 * answers grow slower than {@value #TOLERANCE} times the best seen. A shop with few PHP workers
 * makes extra requests wait in its queue, which shows as latency long before it refuses.
 *
 * <p>It learns only from neutral signals (the time an answer took, how many items it carried, and
 * an {@link Outcome}), never from a platform's error codes. Time is measured by the caller, so the
 * tests drive it without a clock. Thread-safe: the pool's threads take and give back permits.
 */
final class ConcurrencyLimiter {

    /** What became of a request, in the limiter's terms. */
    enum Outcome {
        /** The shop answered (whatever it said about each item). */
        ANSWERED,
        /** The shop said it is busy: throttling or an overloaded server (429, 503). */
        REFUSED,
        /** No answer in time: the client's read timeout, or the server's own time limit. */
        TIMED_OUT,
        /** Failed for a reason that says nothing about load. */
        FAILED
    }

    /**
     * One request allowed on its way.
     *
     * @param sequence which send this was, counted from 1
     * @param binding  whether it went with at least half the limit in use, so that a fast answer
     *                 shows the limit in use and may raise it
     */
    record Permit(long sequence, boolean binding) {
    }

    // twice the best: one request waiting behind each busy PHP worker keeps every worker busy while
    // the answers travel back and the next batches are planned; more only lengthens the queue
    static final double TOLERANCE = 2.0;
    // network jitter and the client's own work: an answer this much slower than expected is still fine
    private static final long SLACK_NANOS = Duration.ofMillis(50).toNanos();

    private final int max;
    private final boolean fixed;
    private double limit;
    private boolean slowStart = true;
    private int inFlight;
    private long sent;
    // no decrease yet: a refusal before the first send still counts
    private long lastDecrease = -1;
    private double bestNanosPerItem = Double.MAX_VALUE;

    private ConcurrencyLimiter(int start, int max, boolean fixed) {
        if (start < 1 || max < start) {
            throw new IllegalArgumentException("limits must be 1 <= start <= max: " + start + ", " + max);
        }
        this.limit = start;
        this.max = max;
        this.fixed = fixed;
    }

    /** @return a limiter that always allows {@code requests} at once */
    static ConcurrencyLimiter fixed(int requests) {
        return new ConcurrencyLimiter(requests, requests, true);
    }

    /** @return a limiter starting at {@code start} requests at once, never above {@code max} */
    static ConcurrencyLimiter adaptive(int start, int max) {
        return new ConcurrencyLimiter(start, max, false);
    }

    /** @return requests allowed at once now */
    synchronized int limit() {
        return Math.max(1, (int) limit);
    }

    /**
     * @return whether the limit is still in its first, fast growth: it has neither backed off nor
     *         reached its ceiling, so the shop may well take more requests at once than it has now
     */
    synchronized boolean searching() {
        return !fixed && slowStart && limit < max;
    }

    /**
     * Waits until one more request may go.
     *
     * @return the permit, to give back with {@link #release}
     * @throws InterruptedException when the run is stopped meanwhile
     */
    synchronized Permit acquire() throws InterruptedException {
        while (inFlight >= limit()) {
            wait();
        }
        inFlight++;
        return new Permit(++sent, inFlight * 2 >= limit());
    }

    /**
     * Gives a permit back and learns from its request.
     *
     * @param permit  the permit the request went with
     * @param items   the writes it carried
     * @param took    from sending to the answer
     * @param outcome what became of it
     */
    synchronized void release(Permit permit, int items, Duration took, Outcome outcome) {
        inFlight--;
        if (!fixed) {
            learn(permit, items, took, outcome);
        }
        notifyAll();
    }

    /** The shop refused a request that is waiting to be tried again (429, 503): fewer at once. */
    synchronized void shopRefused() {
        if (!fixed) {
            backOff(sent, 0.5);
        }
    }

    private void learn(Permit permit, int items, Duration took, Outcome outcome) {
        switch (outcome) {
            case REFUSED, TIMED_OUT -> backOff(permit.sequence(), 0.5);
            case ANSWERED -> answered(permit, Math.max(1, items), took.toNanos());
            case FAILED -> { }
        }
    }

    private void answered(Permit permit, int items, long nanos) {
        bestNanosPerItem = Math.min(bestNanosPerItem, (double) nanos / items);
        if (nanos > bestNanosPerItem * items * TOLERANCE + SLACK_NANOS) {
            backOff(permit.sequence(), 0.8);
        } else if (permit.binding()) {
            // one more per answer doubles the limit every round; after a back-off, one more per round
            limit = Math.min(max, limit + (slowStart ? 1 : 1 / limit));
        }
    }

    /**
     * Backs off once for all the requests that were already on their way: their answers tell of the
     * same crowd, and halving for each would starve the shop.
     */
    private void backOff(long sequence, double factor) {
        if (sequence <= lastDecrease) {
            return;
        }
        slowStart = false;
        lastDecrease = sent;
        limit = Math.max(1, limit * factor);
    }
}
