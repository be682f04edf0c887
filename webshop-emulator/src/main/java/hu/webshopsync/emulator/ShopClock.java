package hu.webshopsync.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulated shop's clock: the time behind {@code date_created}, {@code date_modified} and OAuth
 * timestamp checks. Tests move it instead of sleeping, for example past the second that WordPress's
 * modification dates resolve: {@code shop.clock().advance(Duration.ofSeconds(1))}.
 *
 * <p>It runs with the clock it was made from, shifted by what was {@link #advance advanced} or
 * {@link #set set}. Thread-safe.
 */
public final class ShopClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    private ShopClock(Clock base) {
        this.base = base;
    }

    /** Follows the system clock (UTC) until moved. */
    public static ShopClock system() {
        return new ShopClock(Clock.systemUTC());
    }

    /** Stands still at {@code start} until moved: dates in answers are exact. */
    public static ShopClock startingAt(Instant start) {
        return new ShopClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Follows {@code base}, or is {@code base} when it already is a shop clock. */
    public static ShopClock following(Clock base) {
        return base instanceof ShopClock shop ? shop : new ShopClock(base);
    }

    /** Moves the clock forward (or back, with a negative duration), waking {@link #sleep sleepers}. */
    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
        notifyAll();
    }

    /** Makes "now" {@code instant}; the clock keeps running from there as its base does. */
    public synchronized void set(Instant instant) {
        offset = Duration.between(base.instant(), instant);
        notifyAll();
    }

    /**
     * Waits until this clock reads {@code until}: on a running clock until that real time, on a
     * standing one until a test moves it far enough. The shop's server time passes this way.
     *
     * @throws InterruptedException when the emulator stops meanwhile
     */
    public void sleepUntil(Instant until) throws InterruptedException {
        synchronized (this) {
            for (Duration left = Duration.between(instant(), until); left.compareTo(Duration.ZERO) > 0;
                 left = Duration.between(instant(), until)) {
                // a standing clock never reaches the deadline by itself; the wait ends when it is moved
                long nanos = left.toNanos();
                wait(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The zone plays no part in the shop's dates (they are rendered in UTC and Europe/Budapest). */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
