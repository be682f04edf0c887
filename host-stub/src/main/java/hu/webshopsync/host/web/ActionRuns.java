package hu.webshopsync.host.web;

import hu.webshopsync.api.ListAction;
import hu.webshopsync.host.plugins.ActionRunner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Runs list actions in the background for the console, through the same {@link ActionRunner} the
 * CLI uses (history, plugin state, redaction), one run at a time per action: a second start of an
 * action that is still running is refused and points at the running one.
 */
final class ActionRuns implements AutoCloseable {

    /** Finished runs kept for their pages; the history keeps them all. */
    private static final int KEPT = 50;

    private final Supplier<ActionRunner> runner;
    private final Supplier<UnaryOperator<String>> redactor;
    private final Clock clock;
    private final ExecutorService executor;
    private final AtomicLong tickets = new AtomicLong();
    private final Map<String, ActionProgress> latestByAction = new LinkedHashMap<>();
    private final Map<Long, ActionProgress> byTicket = new LinkedHashMap<>();

    /** What a start ended with. */
    sealed interface Start permits Started, AlreadyRunning {
        /**
         * The run the user should look at.
         *
         * @return the new run, or the one already running
         */
        ActionProgress progress();
    }

    /**
     * The run started.
     *
     * @param progress its progress
     */
    record Started(ActionProgress progress) implements Start {
    }

    /**
     * The action was already running; nothing was started.
     *
     * @param progress the running one
     */
    record AlreadyRunning(ActionProgress progress) implements Start {
    }

    /**
     * Creates the runs.
     *
     * @param runner   makes the host's action runner
     * @param redactor makes a redactor for the secrets stored now, for errors the runner did not catch
     * @param clock    the host's clock
     */
    ActionRuns(Supplier<ActionRunner> runner, Supplier<UnaryOperator<String>> redactor, Clock clock) {
        this.runner = runner;
        this.redactor = redactor;
        this.clock = clock;
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "console-action");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts an action unless it is running already.
     *
     * @param action    the action
     * @param from      the list its button is on
     * @param selection the selected items, empty for all
     * @param options   the action's options
     * @param locale    the user's language
     * @return the started run, or the one already running
     */
    Start start(ListAction action, String from, Set<String> selection, Map<String, String> options, Locale locale) {
        ActionProgress progress;
        synchronized (this) {
            ActionProgress current = latestByAction.get(action.id());
            if (current != null && current.running()) {
                return new AlreadyRunning(current);
            }
            progress = new ActionProgress(tickets.incrementAndGet(), action.id(), action.label(locale), from,
                    clock.instant());
            latestByAction.put(action.id(), progress);
            byTicket.put(progress.ticket(), progress);
            forgetOldRuns();
        }
        try {
            executor.execute(() -> run(progress, action, Set.copyOf(selection), Map.copyOf(options), locale));
        } catch (RejectedExecutionException e) {
            progress.failed("the console is stopping");
        }
        return new Started(progress);
    }

    private void run(ActionProgress progress, ListAction action, Set<String> selection, Map<String, String> options,
                     Locale locale) {
        try {
            progress.finished(runner.get().run(action, selection, options, locale, progress, progress));
        } catch (RuntimeException | LinkageError e) {
            // the runner turns the action's own failures into results; what gets here is the host's
            // (e.g. the database refusing the history record), shown with its message, secrets removed
            progress.failed(redactor.get().apply(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /**
     * A run by its ticket, while the console keeps it.
     *
     * @param ticket the ticket
     * @return the run
     */
    synchronized Optional<ActionProgress> find(long ticket) {
        return Optional.ofNullable(byTicket.get(ticket));
    }

    /**
     * The runs still going, oldest first.
     *
     * @return the running ones
     */
    synchronized List<ActionProgress> running() {
        List<ActionProgress> running = new ArrayList<>();
        latestByAction.values().stream().filter(ActionProgress::running).forEach(running::add);
        return running;
    }

    private void forgetOldRuns() {
        var it = byTicket.values().iterator();
        int excess = byTicket.size() - KEPT;
        while (excess > 0 && it.hasNext()) {
            ActionProgress old = it.next();
            if (!old.running()) {
                it.remove();
                excess--;
            }
        }
    }

    /**
     * Asks running actions to stop at their next safe point and waits a while for them, so what
     * they finished is recorded before the host closes the database.
     */
    @Override
    public void close() {
        synchronized (this) {
            latestByAction.values().forEach(ActionProgress::requestCancel);
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
