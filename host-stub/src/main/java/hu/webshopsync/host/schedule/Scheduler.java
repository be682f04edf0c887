package hu.webshopsync.host.schedule;

import hu.webshopsync.api.Cancellation;
import hu.webshopsync.host.history.RunSummary;
import hu.webshopsync.host.plugins.ActionRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Starts the scheduled actions whose time has come. Something calls {@link #tick()} now and then (a
 * timer in {@code serve} and {@code watch}, the test directly); each tick reads where every scheduled
 * action stands ({@link SchedulePlan}) and hands the due ones to the executor. An action never runs
 * twice at once: not while this scheduler runs it, nor while the history shows a run of it going in
 * any live process (a button press, another process's schedule).
 */
public final class Scheduler {

    /** A host failure before any run was recorded (e.g. secrets that do not open) waits at least this long. */
    static final Duration HOST_FAILURE_PAUSE = Duration.ofMinutes(1);

    /** Runs one action for the schedule, recorded in the history as automatic. */
    @FunctionalInterface
    public interface Runs {
        /**
         * Runs an action to its end.
         *
         * @param actionId     the action
         * @param cancellation set when the scheduler stops
         * @return the recorded run
         */
        ActionRunner.Run run(String actionId, Cancellation cancellation);
    }

    private final ScheduleBook book;
    private final Runs runs;
    private final Clock clock;
    private final Executor executor;
    private final ScheduleListener listener;
    private final UnaryOperator<String> redactor;
    private final Instant since;
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> hostFailedUntil = new ConcurrentHashMap<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Phaser inFlight = new Phaser(1);

    /**
     * Creates the scheduler; nothing runs before the first {@link #tick()}.
     *
     * @param book     the schedule's facts
     * @param runs     runs an action
     * @param clock    the host's clock
     * @param executor where runs go (a run may take long; ticks must not wait for it)
     * @param listener hears starts and ends
     * @param redactor removes known secrets from an error's text
     */
    public Scheduler(ScheduleBook book, Runs runs, Clock clock, Executor executor, ScheduleListener listener,
                     UnaryOperator<String> redactor) {
        this.book = book;
        this.runs = runs;
        this.clock = clock;
        this.executor = executor;
        this.listener = listener;
        this.redactor = redactor;
        this.since = clock.instant();
    }

    /**
     * Where every scheduled action stands now.
     *
     * @return the statuses, in the plugins' order
     */
    public List<ScheduleStatus> statuses() {
        List<ScheduleEntry> entries = book.entries();
        Map<String, List<RunSummary>> newest = new HashMap<>();
        Map<String, Optional<Instant>> saved = new HashMap<>();
        Map<String, RunSummary> alerts = new HashMap<>();
        for (ScheduleEntry entry : entries) {
            List<RunSummary> runsOfAction = book.latest(entry.actionId(), true, SchedulePlan.HISTORY_DEPTH);
            newest.put(entry.actionId(), runsOfAction);
            Optional<Instant> savedAt = saved.computeIfAbsent(entry.moduleId(), book::settingsSavedAt);
            SchedulePlan.alert(runsOfAction, savedAt).ifPresent(a -> alerts.merge(entry.moduleId(), a,
                    (x, y) -> x.id() > y.id() ? x : y));
        }
        List<ScheduleStatus> statuses = new ArrayList<>();
        for (ScheduleEntry entry : entries) {
            ScheduleStatus status = SchedulePlan.of(entry, newest.get(entry.actionId()),
                    Optional.ofNullable(alerts.get(entry.moduleId())), saved.get(entry.moduleId()), since);
            statuses.add(later(status, hostFailedUntil.get(entry.actionId())));
        }
        return statuses;
    }

    /**
     * Starts every scheduled action whose time has come and that is not running anywhere.
     */
    public void tick() {
        if (stopping.get()) {
            return;
        }
        Instant now = clock.instant();
        for (ScheduleStatus status : statuses()) {
            String actionId = status.entry().actionId();
            if (!status.dueAt(now) || !runningHere.add(actionId)) {
                continue;
            }
            if (book.going(actionId).isPresent()) {
                // someone pressed the button, or another process's schedule got there first: wait for it
                runningHere.remove(actionId);
                continue;
            }
            inFlight.register();
            try {
                executor.execute(() -> runOne(status.entry()));
            } catch (RejectedExecutionException stoppingMeanwhile) {
                runningHere.remove(actionId);
                inFlight.arriveAndDeregister();
            }
        }
    }

    /**
     * Whether this scheduler is running an action now.
     *
     * @param actionId the action
     * @return true while its automatic run is going here
     */
    public boolean isRunning(String actionId) {
        return runningHere.contains(actionId);
    }

    /**
     * Starts nothing more, asks the running actions to stop after their current batch, and waits for
     * them to end (and be recorded).
     *
     * @param wait how long to wait at most
     * @return true when no run is left going
     */
    public boolean stop(Duration wait) {
        stopping.set(true);
        try {
            inFlight.awaitAdvanceInterruptibly(inFlight.arrive(), wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void runOne(ScheduleEntry entry) {
        try {
            listener.started(entry);
            ActionRunner.Run run = runs.run(entry.actionId(), stopping::get);
            hostFailedUntil.remove(entry.actionId());
            runningHere.remove(entry.actionId());
            ScheduleStatus after = statuses().stream().filter(s -> s.entry().actionId().equals(entry.actionId()))
                    .findFirst().orElse(new ScheduleStatus(entry, ScheduleStatus.State.WAITING, Optional.empty(),
                            Optional.empty(), 0, Optional.empty()));
            listener.finished(entry, run.runId(), run.result(), after);
        } catch (RuntimeException | LinkageError e) {
            // nothing recorded, so the history cannot time the next attempt: wait here
            Duration pause = entry.interval().compareTo(HOST_FAILURE_PAUSE) > 0 ? entry.interval() : HOST_FAILURE_PAUSE;
            hostFailedUntil.put(entry.actionId(), clock.instant().plus(pause));
            listener.couldNotRun(entry, redactor.apply(e.getClass().getSimpleName() + ": " + e.getMessage()));
        } finally {
            runningHere.remove(entry.actionId());
            inFlight.arriveAndDeregister();
        }
    }

    private static ScheduleStatus later(ScheduleStatus status, Instant notBefore) {
        if (notBefore == null || status.next().isEmpty() || !status.next().get().isBefore(notBefore)) {
            return status;
        }
        return new ScheduleStatus(status.entry(), ScheduleStatus.State.BACKING_OFF, Optional.of(notBefore),
                status.last(), status.failures(), status.alert());
    }
}
