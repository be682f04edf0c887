package hu.webshopsync.webshop.shoprenter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps the plugin under Shoprenter's rate limit (3 requests a second per application and shop,
 * 429 beyond): one request at a time, and each one starting at least an interval after the one
 * before. Parallel callers queue here, fairly, instead of meeting 429 at the shop. A 429 that
 * still comes (another application of the shop, a batch counted as many) holds every caller off.
 */
final class SrPacer {

    /** Waits; a test passes one that only records. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One exchange with the shop, made while holding the pacer. */
    @FunctionalInterface
    interface Exchange<T> {
        T run() throws java.io.IOException;
    }

    // 5 % below the limit: the shop counts arrivals, which jitter a little around our start times
    private static final double MARGIN = 1.05;

    private final ReentrantLock turn = new ReentrantLock(true);
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private Instant nextStart;

    SrPacer(double requestsPerSecond, Clock clock, Sleeper sleeper) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.interval = Duration.ofNanos((long) Math.ceil(1_000_000_000L * MARGIN / requestsPerSecond));
    }

    /** @return the least time between two request starts */
    Duration interval() {
        return interval;
    }

    /**
     * Runs one exchange when its turn comes.
     *
     * @param exchange the request and the reading of its answer
     * @return what the exchange returned
     * @throws java.io.IOException  as the exchange throws it
     * @throws InterruptedException when the wait for the turn was interrupted
     */
    <T> T paced(Exchange<T> exchange) throws java.io.IOException, InterruptedException {
        turn.lockInterruptibly();
        try {
            Duration wait;
            while (!(wait = claimStart()).isZero()) {
                sleeper.sleep(wait);
            }
            return exchange.run();
        } finally {
            turn.unlock();
        }
    }

    /**
     * After a 429: no request starts before {@code wait} from now.
     *
     * @param wait the time the shop should be left alone
     */
    synchronized void holdOff(Duration wait) {
        Instant until = clock.instant().plus(wait);
        if (nextStart == null || nextStart.isBefore(until)) {
            nextStart = until;
        }
    }

    /** Takes the next start when it has come (zero), else says how long is left. */
    private synchronized Duration claimStart() {
        Instant now = clock.instant();
        if (nextStart != null && now.isBefore(nextStart)) {
            return Duration.between(now, nextStart);
        }
        nextStart = now.plus(interval);
        return Duration.ZERO;
    }
}
