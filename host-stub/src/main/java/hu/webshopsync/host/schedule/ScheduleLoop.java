package hu.webshopsync.host.schedule;

import hu.webshopsync.api.ListAction;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.host.Host;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule of an open host ({@code serve}, {@code watch}): a timer that ticks the
 * {@link Scheduler} every second, and the threads its runs go on. Closing it stops the runs after
 * their current batch and waits for them to be recorded.
 */
public final class ScheduleLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleLoop.class);

    /** How often the timer looks at the schedule; it also notices saved settings this quickly. */
    static final Duration TICK = Duration.ofSeconds(1);

    /** How long closing waits for a running action to reach a safe point. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final Scheduler scheduler;
    private final ScheduledExecutorService timer;
    private final ExecutorService runs;

    private ScheduleLoop(Scheduler scheduler, ScheduledExecutorService timer, ExecutorService runs) {
        this.scheduler = scheduler;
        this.timer = timer;
        this.runs = runs;
    }

    /**
     * Starts the schedule of a host.
     *
     * @param host     the open host, plugins loaded or not
     * @param locale   the language automatic runs report in
     * @param listener hears starts and ends
     * @return the running loop; close it before the host
     */
    public static ScheduleLoop start(Host host, Locale locale, ScheduleListener listener) {
        ExecutorService runs = Executors.newCachedThreadPool(daemon("scheduled-run"));
        Scheduler scheduler = new Scheduler(new HostScheduleBook(host), (actionId, cancellation) -> {
            ListAction action = host.extensions().action(actionId)
                    .orElseThrow(() -> new IllegalStateException("no started plugin has the action " + actionId));
            return host.actionRunner().run(action, Set.of(), Map.of(), locale, ProgressListener.NONE, cancellation,
                    true);
        }, host.config().clock(), runs, listener, host.redactor());
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("schedule-timer"));
        timer.scheduleWithFixedDelay(() -> {
            try {
                scheduler.tick();
            } catch (RuntimeException e) {
                // a tick that throws would end the timer for good; the next one tries again
                LOG.warn("The schedule could not be read: {}", host.redactor().apply(e.toString()));
            }
        }, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
        return new ScheduleLoop(scheduler, timer, runs);
    }

    /**
     * The scheduler, for its statuses.
     *
     * @return the scheduler
     */
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (!scheduler.stop(STOP_WAIT)) {
            LOG.warn("A scheduled run did not stop within {}", STOP_WAIT);
        }
        runs.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
