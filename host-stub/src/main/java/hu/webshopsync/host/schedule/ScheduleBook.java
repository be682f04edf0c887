package hu.webshopsync.host.schedule;

import hu.webshopsync.host.history.RunSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the scheduler reads: the scheduled actions that are on, their past runs and their modules'
 * last saving. All of it is in the ERP database, shared by every process on it.
 */
public interface ScheduleBook {

    /**
     * The scheduled actions whose module is active and whose interval setting is on.
     *
     * @return the entries
     */
    List<ScheduleEntry> entries();

    /**
     * An action's runs, newest first.
     *
     * @param actionId      the action
     * @param automaticOnly only those the schedule started
     * @param limit         at most this many
     * @return the runs
     */
    List<RunSummary> latest(String actionId, boolean automaticOnly, int limit);

    /**
     * When a module's settings were last saved (activation, deactivation).
     *
     * @param moduleId the module
     * @return the time, if the module was ever stored
     */
    Optional<Instant> settingsSavedAt(String moduleId);

    /**
     * A run of an action that is going now, in any live process.
     *
     * @param actionId the action
     * @return the run, if one is going
     */
    default Optional<RunSummary> going(String actionId) {
        return latest(actionId, false, 1).stream().filter(RunSummary::running).findFirst();
    }
}
