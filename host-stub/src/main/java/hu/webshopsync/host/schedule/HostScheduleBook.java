package hu.webshopsync.host.schedule;

import hu.webshopsync.api.ModuleSettings;
import hu.webshopsync.api.ScheduledAction;
import hu.webshopsync.host.Host;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.plugins.PluginCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule's facts from an open host: the plugins' {@link ScheduledAction}s timed by their
 * modules' stored settings, the sync history and the module store.
 */
public final class HostScheduleBook implements ScheduleBook {

    private static final Logger LOG = LoggerFactory.getLogger(HostScheduleBook.class);

    private final Host host;

    /**
     * Reads from a host.
     *
     * @param host the open host
     */
    public HostScheduleBook(Host host) {
        this.host = host;
    }

    @Override
    public List<ScheduleEntry> entries() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (ScheduledAction scheduled : host.extensions().scheduledActions()) {
            String moduleId = scheduled.moduleId();
            if (!host.moduleStore().isActive(moduleId) || host.extensions().action(scheduled.actionId()).isEmpty()) {
                continue;
            }
            ModuleSettings settings = host.services().modules().settings(moduleId);
            Optional<Duration> interval;
            try {
                interval = PluginCalls.call(scheduled, () -> scheduled.interval(settings));
            } catch (RuntimeException e) {
                // the contract says it does not throw; a plugin that does only loses its schedule
                LOG.warn("The schedule of {} could not read its interval: {}", scheduled.actionId(), e.toString());
                continue;
            }
            interval.filter(i -> !i.isNegative() && !i.isZero()).ifPresent(i -> entries.add(
                    new ScheduleEntry(scheduled.actionId(), moduleId, scheduled.settingKey(), i)));
        }
        return entries;
    }

    @Override
    public List<RunSummary> latest(String actionId, boolean automaticOnly, int limit) {
        return host.history().latest(actionId, automaticOnly, limit);
    }

    @Override
    public Optional<Instant> settingsSavedAt(String moduleId) {
        return host.moduleStore().savedAt(moduleId);
    }
}
