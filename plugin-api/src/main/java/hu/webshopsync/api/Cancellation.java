package hu.webshopsync.api;

/**
 * Tells a running action whether the user asked it to stop. Actions ask at safe points (between
 * batches, between orders) and end with what they finished so far.
 */
@FunctionalInterface
public interface Cancellation {

    /** A cancellation that never happens. */
    Cancellation NEVER = () -> false;

    /**
     * Whether the user asked to stop.
     *
     * @return true once cancellation was requested
     */
    boolean isCancelled();
}
