package hu.webshopsync.host.demo;

import java.util.Objects;

/**
 * What {@code demo --serve} adds to the story: the web console on the demo's ERP, with the emulated
 * shop still running, until the user stops both.
 *
 * @param port the console's port (0 picks a free one)
 * @param stop returns when the user asks to stop (Ctrl-C)
 */
public record DemoServe(int port, StopSignal stop) {

    /** Waits for the user's stop. */
    @FunctionalInterface
    public interface StopSignal {

        /**
         * Returns when the user asked to stop.
         *
         * @throws InterruptedException when the waiting thread is interrupted
         */
        void await() throws InterruptedException;
    }

    /**
     * Validates.
     */
    public DemoServe {
        Objects.requireNonNull(stop, "stop");
    }
}
