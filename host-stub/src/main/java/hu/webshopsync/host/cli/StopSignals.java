package hu.webshopsync.host.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM taken as a request rather than as the JVM's shutdown: the command hears
 * them, finishes what it is doing, records it and exits on its own. A shutdown would run H2's hook,
 * which closes the database under a run that is still finishing. Restores the previous handlers on close.
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> NAMES = List.of("INT", "TERM");

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {
    }

    /**
     * Handles both signals; where the platform has no such signal, the shutdown hook the caller keeps
     * still covers it.
     *
     * @param handler what a signal does
     * @return the installed handlers
     */
    static StopSignals handle(Runnable handler) {
        StopSignals installed = new StopSignals();
        for (String name : NAMES) {
            try {
                Signal signal = new Signal(name);
                installed.previous.add(Signal.handle(signal, s -> handler.run()));
                installed.signals.add(signal);
            } catch (IllegalArgumentException unsupported) {
                // e.g. a JVM started with -Xrs, or a platform without SIGTERM
            }
        }
        return installed;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
