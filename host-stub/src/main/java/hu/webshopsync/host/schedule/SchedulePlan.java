package hu.webshopsync.host.schedule;

import hu.webshopsync.api.FailureKind;
import hu.webshopsync.host.history.RunHistory;
import hu.webshopsync.host.history.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides from the history alone when a scheduled action runs next, so every process on the ERP
 * database, and a restarted one, comes to the same answer: the interval after the last automatic
 * run; after failures in a row the interval doubled for each (up to an hour, or the interval when
 * that is longer); at once when it never ran or its module's settings were saved after the run that
 * stopped it.
 */
final class SchedulePlan {

    /** The longest wait after failures, unless the interval itself is longer. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    /** Automatic runs read back: enough failures in a row to reach the longest wait from 30 seconds. */
    static final int HISTORY_DEPTH = 20;

    private SchedulePlan() {
    }

    /**
     * The status of one scheduled action.
     *
     * @param entry   the scheduled action
     * @param newest  its automatic runs, newest first
     * @param alert   a run that stopped its module's schedule, if its settings were not saved since
     * @param savedAt when the module's settings were last saved
     * @param since   when this scheduler started, the first time of an action that never ran
     * @return the status
     */
    static ScheduleStatus of(ScheduleEntry entry, List<RunSummary> newest, Optional<RunSummary> alert,
                             Optional<Instant> savedAt, Instant since) {
        Optional<RunSummary> last = newest.stream().findFirst();
        if (alert.isPresent()) {
            return new ScheduleStatus(entry, ScheduleStatus.State.STOPPED, Optional.empty(), last, 0, alert);
        }
        if (last.isPresent() && last.get().running()) {
            return new ScheduleStatus(entry, ScheduleStatus.State.RUNNING, Optional.empty(), last, 0, Optional.empty());
        }
        int failures = failuresInARow(newest);
        Instant next;
        if (last.isEmpty()) {
            next = since;
        } else if (last.get().failureKind().needsSettings()) {
            // no alert any more: the settings were saved after it, so try them at once
            next = savedAt.orElse(since);
        } else {
            next = last.get().endedAt().plus(delay(entry.interval(), failures));
        }
        return new ScheduleStatus(entry, failures > 0 ? ScheduleStatus.State.BACKING_OFF : ScheduleStatus.State.WAITING,
                Optional.of(next), last, failures, Optional.empty());
    }

    /**
     * Whether a run stops its module's schedule: it is its action's newest automatic run, it failed on
     * the module's credentials or settings, and the settings were not saved after it started.
     *
     * @param newest  the action's automatic runs, newest first
     * @param savedAt when the module's settings were last saved
     * @return the run that stops the schedule
     */
    static Optional<RunSummary> alert(List<RunSummary> newest, Optional<Instant> savedAt) {
        return newest.stream().findFirst()
                .filter(r -> r.failureKind().needsSettings())
                .filter(r -> savedAt.map(saved -> !saved.isAfter(r.startedAt())).orElse(true));
    }

    /** The wait after a run: the interval, doubled for each failure in a row, capped. */
    static Duration delay(Duration interval, int failures) {
        Duration cap = interval.compareTo(MAX_BACKOFF) > 0 ? interval : MAX_BACKOFF;
        Duration delay = interval;
        for (int i = 0; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** Failed runs since the last one that did not fail; runs that found the action busy or were stopped count for nothing. */
    private static int failuresInARow(List<RunSummary> newest) {
        int failures = 0;
        for (RunSummary run : newest) {
            FailureKind kind = run.failureKind();
            boolean neutral = kind == FailureKind.BUSY || "CANCELLED".equals(run.outcome())
                    || RunHistory.INTERRUPTED.equals(run.outcome());
            if (neutral) {
                continue;
            }
            if (kind != FailureKind.TRANSIENT) {
                break;
            }
            failures++;
        }
        return failures;
    }
}
