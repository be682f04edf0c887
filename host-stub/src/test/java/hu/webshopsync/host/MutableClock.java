package hu.webshopsync.host;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so that expiry and staleness are tested without sleeping.
 */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /**
     * A clock standing at a moment.
     *
     * @param start the moment
     */
    public MutableClock(Instant start) {
        now = start;
    }

    /**
     * Moves the clock on.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
