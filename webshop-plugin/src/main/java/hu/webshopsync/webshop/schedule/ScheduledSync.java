package hu.webshopsync.webshop.schedule;

import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.ScheduledAction;
import hu.webshopsync.webshop.settings.InvalidSettingException;
import java.time.Duration;
import java.util.Optional;

/**
 * One of the webshop module's actions run on the interval its setting gives. A scheduled action
 * joins by declaring itself: a subclass with the action's id and its setting's key, that key in
 * {@link ScheduleInterval#KEYS}, and the setting's definition and texts.
 */
abstract class ScheduledSync implements ScheduledAction {

    /** The module whose settings hold the intervals. */
    static final String MODULE = "webshop";

    private final String actionId;
    private final String settingKey;

    ScheduledSync(String actionId, String settingKey) {
        this.actionId = actionId;
        this.settingKey = settingKey;
    }

    @Override
    public String actionId() {
        return actionId;
    }

    @Override
    public String moduleId() {
        return MODULE;
    }

    @Override
    public String settingKey() {
        return settingKey;
    }

    @Override
    public Optional<Duration> interval(ModuleSettings settings) {
        try {
            return ScheduleInterval.of(settings, settingKey);
        } catch (InvalidSettingException e) {
            // the module's check refuses such a value; one stored before it existed turns the schedule off
            return Optional.empty();
        }
    }
}
