package hu.webshopsync.emulator.shoprenter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * "3 requests per second per application per shop; beyond that, 429" (api/01): a sliding one-second
 * window per credential, on real time (a client paces itself by the wall clock, so a standing shop
 * clock must not hold it back). A refused request does not count; a batch counts as one request
 * (UNVERIFIED). Thread-safe.
 */
final class SrRateLimit {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final LongSupplier nanos;
    private final Map<String, Deque<Long>> windows = new HashMap<>();
    private int perSecond;

    SrRateLimit(int perSecond, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.nanos = nanos;
    }

    synchronized void setPerSecond(int newPerSecond) {
        if (newPerSecond < 0) {
            throw new IllegalArgumentException("rate limit must not be negative: " + newPerSecond);
        }
        perSecond = newPerSecond;
        windows.clear();
    }

    synchronized int perSecond() {
        return perSecond;
    }

    /** Whether {@code credential} may make a request now; counts it when so. */
    synchronized boolean tryAcquire(String credential) {
        if (perSecond == 0) {
            return true;
        }
        long now = nanos.getAsLong();
        Deque<Long> window = windows.computeIfAbsent(credential, k -> new ArrayDeque<>());
        while (!window.isEmpty() && now - window.peekFirst() >= WINDOW_NANOS) {
            window.removeFirst();
        }
        if (window.size() >= perSecond) {
            return false;
        }
        window.addLast(now);
        return true;
    }
}
