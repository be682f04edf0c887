package hu.webshopsync.emulator;

/**
 * The server time one request has cost so far, charged as it works. A charge that would pass the
 * time limit stops the request there ({@link TimeLimitExceeded}): what was done before stays done.
 */
public final class WorkMeter {

    /** A request stopped by PHP's {@code max_execution_time}. */
    static final class TimeLimitExceeded extends RuntimeException {
        TimeLimitExceeded() {
            super("Maximum execution time exceeded", null, false, false);
        }
    }

    /** Charges nothing and never stops a request: the server model is off. */
    static final WorkMeter FREE = new WorkMeter(ServerModel.off());

    private final ServerModel model;
    private long ms;

    WorkMeter(ServerModel model) {
        this.model = model;
        this.ms = model.requestMs();
    }

    /** Before an item is written: one item's time, or the stop when it would not finish in time. */
    void write() {
        charge(model.itemMs());
    }

    void read(long rows) {
        charge(rows * model.readItemMs());
    }

    void upload() {
        charge(model.uploadMs());
    }

    long ms() {
        return ms;
    }

    private void charge(long cost) {
        if (!model.on()) {
            return;
        }
        long limit = model.maxExecutionMs();
        if (limit > 0 && ms + cost > limit) {
            ms = limit;
            throw new TimeLimitExceeded();
        }
        ms += cost;
    }
}
