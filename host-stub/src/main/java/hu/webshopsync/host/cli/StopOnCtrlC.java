package hu.webshopsync.host.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a command that runs until the user stops it: the shutdown hook wakes the main thread,
 * which stops its servers (running actions end at a safe point and are recorded) and closes the
 * database; the hook waits for that before letting the JVM exit.
 */
final class StopOnCtrlC implements AutoCloseable {

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook;

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

    /** Returns when the user pressed Ctrl-C (or the process was asked to end). */
    void await() throws InterruptedException {
        stop.await();
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running, nothing to remove
        }
    }
}
