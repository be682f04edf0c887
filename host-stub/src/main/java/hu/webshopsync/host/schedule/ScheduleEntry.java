package hu.webshopsync.host.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * One action the schedule runs, as its plugin declares it and its module's settings time it.
 *
 * @param actionId   the list action
 * @param moduleId   the module whose settings hold the interval; its alert stops all its entries
 * @param settingKey the setting that holds the interval, for messages
 * @param interval   the time from the end of one run to the start of the next
 */
public record ScheduleEntry(String actionId, String moduleId, String settingKey, Duration interval) {

    /**
     * Validates the entry.
     */
    public ScheduleEntry {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(settingKey, "settingKey");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("a schedule needs a positive interval: " + interval);
        }
    }
}
