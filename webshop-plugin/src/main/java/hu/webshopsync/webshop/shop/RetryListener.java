package hu.webshopsync.webshop.shop;

import java.time.Duration;

/**
 * Hears about every wait before a request is tried again, so that the user sees why a run is
 * slow ("Várakozás a webáruházra (503), 2/5. próba"). Called on the thread that made the request.
 */
@FunctionalInterface
public interface RetryListener {

    /** Hears nothing. */
    RetryListener NONE = wait -> { };

    /**
     * One wait before another try.
     *
     * @param cause       what went wrong: the HTTP status ({@code "503"}), {@code "timeout"} or {@code "connection"}
     * @param nextAttempt the try about to be made, 2 for the first retry
     * @param maxAttempts the tries a request may have
     * @param delay       how long the client waits first
     */
    record Wait(String cause, int nextAttempt, int maxAttempts, Duration delay) {
    }

    /**
     * Called before the wait.
     *
     * @param wait the wait
     */
    void waiting(Wait wait);
}
