package hu.webshopsync.webshop.products;

import hu.webshopsync.api.StateLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The run's hold on the product sync lock, renewed between batches once a minute has passed on
 * the injected clock, so that a long run keeps the lease and a second run stays out.
 */
final class RunLock {

    static final String NAME = "webshop.product-sync";
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    private final StateLock lock;
    private final Clock clock;
    private Instant renewedAt;

    RunLock(StateLock lock, Clock clock) {
        this.lock = lock;
        this.clock = clock;
        this.renewedAt = clock.instant();
    }

    /**
     * Renews the lease when it is due.
     *
     * @return false when the lock was lost meanwhile (lapsed and taken by another run)
     */
    boolean keep() {
        if (Duration.between(renewedAt, clock.instant()).compareTo(RENEW_AFTER) < 0) {
            return true;
        }
        try {
            lock.renew();
            renewedAt = clock.instant();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
