package hu.webshopsync.host.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a command that runs until the user stops it: Ctrl-C or SIGTERM ({@link StopSignals})
 * wakes the main thread, which stops its servers and schedule (running actions end at a safe point
 * and are recorded), closes the database and returns, so the process exits normally. For any other
 * shutdown the hook does the same and waits for that before letting the JVM exit.
 */
final class StopOnCtrlC implements AutoCloseable {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook;
    private StopSignals signals;

    private StopOnCtrlC() {
        hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-on-ctrl-c");
    }

    /** Installs the hook; close it when the work is cleaned up. */
    static StopOnCtrlC install() {
        StopOnCtrlC ctrlC = new StopOnCtrlC();
        Runtime.getRuntime().addShutdownHook(ctrlC.hook);
        return ctrlC;
    }

    /**
     * Installs the hook and, for a process of its own, the signal handlers.
     *
     * @param processWide whether this command owns the process (not a test or an embedding program)
     * @return the installed stop; close it when the work is cleaned up
     */
    static StopOnCtrlC install(boolean processWide) {
        StopOnCtrlC ctrlC = install();
        if (processWide) {
            ctrlC.signals = StopSignals.handle(ctrlC.stop::countDown);
        }
        return ctrlC;
    }

    /** Returns when the user pressed Ctrl-C (or the process was asked to end). */
    void await() throws InterruptedException {
        stop.await();
    }

    @Override
    public void close() {
        stopped.countDown();
        if (signals != null) {
            signals.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running, nothing to remove
        }
    }
}
