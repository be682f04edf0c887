package hu.webshopsync.host.history;

import hu.webshopsync.api.ItemStatus;
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
 */
public record RunSummary(long id, String actionId, String pluginId, Instant startedAt, Long durationMs,
                         String outcome, Map<ItemStatus, Integer> counts, String message) {
}
