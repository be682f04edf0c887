package hu.webshopsync.host.history;

import hu.webshopsync.api.ItemStatus;
import hu.webshopsync.api.FailureKind;
import java.time.Instant;
import java.util.Map;

/**
 * One recorded run of an action.
 *
 * @param id         the run id
 * @param actionId   the action
 * @param pluginId   the plugin that owns the action
 * @param startedAt  when it started
 * @param durationMs how long it took, or {@code null} while running or when interrupted
 * @param outcome    {@code SUCCESS}, {@code PARTIAL}, {@code FAILED}, {@code CANCELLED}, {@code RUNNING}
 *                   or {@code INTERRUPTED} (its process died before it finished)
 * @param counts     counts by status, in the action's order
 * @param message    the confirmation message
 * @param automatic  whether the schedule started it (not a user)
 * @param failure    why a failed run failed ({@link FailureKind}'s name), or {@code null}
 */
public record RunSummary(long id, String actionId, String pluginId, Instant startedAt, Long durationMs,
                         String outcome, Map<ItemStatus, Integer> counts, String message, boolean automatic,
                         String failure) {

    /**
     * Whether the run is still going (in a live process).
     *
     * @return true while running
     */
    public boolean running() {
        return RunHistory.RUNNING.equals(outcome);
    }

    /**
     * When the run ended: its start plus its duration; its start when it has no duration (interrupted).
     *
     * @return the end
     */
    public Instant endedAt() {
        return durationMs == null ? startedAt : startedAt.plusMillis(durationMs);
    }

    /**
     * Why the run failed.
     *
     * @return the kind; {@code NONE} when it did not fail, {@code TRANSIENT} for a failed run recorded without one
     */
    public FailureKind failureKind() {
        if (failure != null) {
            try {
                return FailureKind.valueOf(failure);
            } catch (IllegalArgumentException unknownToThisVersion) {
                // a newer host's kind: treat it as a passing failure
            }
        }
        return "FAILED".equals(outcome) ? FailureKind.TRANSIENT : FailureKind.NONE;
    }
}
