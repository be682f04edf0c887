package hu.webshopsync.host.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl-C into a cancellation request while an action runs. The first Ctrl-C (SIGINT or SIGTERM) only
 * sets the flag, so the action stops at its next safe point, its result is recorded and the
 * process ends normally; a second Ctrl-C ends the process at once. A shutdown hook covers SIGTERM
 * and other shutdowns: it sets the flag and waits briefly for the run to finish.
 */
final class CancelOnInterrupt implements AutoCloseable {

    private static final long SHUTDOWN_WAIT_SECONDS = 10;
    private static final int EXIT_INTERRUPTED = 130;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private final StopSignals previous;

    CancelOnInterrupt(PrintWriter err, String notice, boolean processWide) {
        hook = new Thread(() -> {
            cancelled.set(true);
            try {
                finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cancel-on-shutdown");
        if (!processWide) {
            // in-process callers (tests, an embedding program) keep their own signal handling
            previous = null;
            return;
        }
        Runtime.getRuntime().addShutdownHook(hook);
        // SIGTERM too: as a shutdown it would let H2's hook close the database before the run is recorded
        previous = StopSignals.handle(() -> {
            if (cancelled.getAndSet(true)) {
                Runtime.getRuntime().halt(EXIT_INTERRUPTED);
            }
            err.println(notice);
            err.flush();
        });
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void close() {
        finished.countDown();
        if (previous != null) {
            previous.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNotAdded) {
            // the hook is running (it returns as soon as it sees the latch) or was never added
        }
    }
}
