package hu.webshopsync.host.schedule;

import hu.webshopsync.host.history.RunSummary;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one scheduled action stands now.
 *
 * @param entry    the scheduled action
 * @param state    what it does
 * @param next     when it runs next; empty while running or stopped
 * @param last     its last automatic run, if any
 * @param failures failed runs in a row that made it back off
 * @param alert    while stopped: the run whose refused credentials or unusable settings stopped its module
 */
public record ScheduleStatus(ScheduleEntry entry, State state, Optional<Instant> next, Optional<RunSummary> last,
                             int failures, Optional<RunSummary> alert) {

    /** What a scheduled action does now. */
    public enum State {
        /** Waits for its next time. */
        WAITING,
        /** Waits longer than its interval after failed runs. */
        BACKING_OFF,
        /** A run of it is going. */
        RUNNING,
        /** Stopped until its module's settings are saved again. */
        STOPPED
    }

    /**
     * Whether it should start now.
     *
     * @param now the time
     * @return true when waiting or backing off and its time has come
     */
    public boolean dueAt(Instant now) {
        return (state == State.WAITING || state == State.BACKING_OFF) && next.map(n -> !n.isAfter(now)).orElse(false);
    }
}
