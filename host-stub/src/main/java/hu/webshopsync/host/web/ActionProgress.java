package hu.webshopsync.host.web;

import hu.webshopsync.api.Cancellation;
import hu.webshopsync.api.ProgressListener;
import hu.webshopsync.host.plugins.ActionRunner;
import java.time.Instant;
import java.util.Optional;

/**
 * One action run started from the console, as its page shows it: the progress the action reports
 * while it works, then the run the host recorded, or the error that kept it from being recorded.
 * Written by the worker thread, read by request threads.
 */
final class ActionProgress implements ProgressListener, Cancellation {

    private final long ticket;
    private final String actionId;
    private final String label;
    private final String from;
    private final Instant startedAt;
    private volatile long done;
    private volatile long total;
    private volatile String status = "";
    private volatile boolean cancelRequested;
    private volatile ActionRunner.Run run;
    private volatile String error;

    /**
     * Creates the progress of a run about to start.
     *
     * @param ticket    the console's number for the run
     * @param actionId  the action
     * @param label     the button's caption
     * @param from      the list the button is on: {@code products} or {@code orders}
     * @param startedAt when it was started
     */
    ActionProgress(long ticket, String actionId, String label, String from, Instant startedAt) {
        this.ticket = ticket;
        this.actionId = actionId;
        this.label = label;
        this.from = from;
        this.startedAt = startedAt;
    }

    @Override
    public void progress(long done, long total) {
        this.done = done;
        this.total = total;
    }

    @Override
    public void status(String message) {
        this.status = message == null ? "" : message;
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested;
    }

    void requestCancel() {
        cancelRequested = true;
    }

    void finished(ActionRunner.Run run) {
        this.run = run;
    }

    void failed(String error) {
        this.error = error;
    }

    boolean running() {
        return run == null && error == null;
    }

    long ticket() {
        return ticket;
    }

    String actionId() {
        return actionId;
    }

    String label() {
        return label;
    }

    String from() {
        return from;
    }

    Instant startedAt() {
        return startedAt;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }

    String statusLine() {
        return status;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    Optional<ActionRunner.Run> run() {
        return Optional.ofNullable(run);
    }

    Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
