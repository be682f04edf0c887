package hu.webshopsync.host.schedule;

import hu.webshopsync.api.ActionResult;

/**
 * Hears what the scheduler does, e.g. to print it ({@code watch}); called on the run's thread.
 */
public interface ScheduleListener {

    /** Hears nothing. */
    ScheduleListener NONE = new ScheduleListener() {
    };

    /**
     * An automatic run starts.
     *
     * @param entry the scheduled action
     */
    default void started(ScheduleEntry entry) {
    }

    /**
     * An automatic run ended.
     *
     * @param entry  the scheduled action
     * @param runId  its history entry
     * @param result what it reported
     * @param after  where the schedule stands now (next time, backoff, or stopped with an alert)
     */
    default void finished(ScheduleEntry entry, long runId, ActionResult result, ScheduleStatus after) {
    }

    /**
     * The host could not run it at all (e.g. its stored secrets do not open); it tries again later.
     *
     * @param entry  the scheduled action
     * @param reason what went wrong, secrets removed
     */
    default void couldNotRun(ScheduleEntry entry, String reason) {
    }
}
