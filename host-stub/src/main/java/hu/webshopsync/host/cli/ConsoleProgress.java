package hu.webshopsync.host.cli;

import hu.webshopsync.api.ProgressListener;
import java.io.PrintWriter;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Draws an action's progress on stderr: a progress bar on a terminal, plain throttled lines
 * otherwise (a log file or a test must not fill with carriage returns). Status messages are shown
 * in both cases.
 */
abstract class ConsoleProgress implements ProgressListener, AutoCloseable {

    static ConsoleProgress create(PrintWriter err, String task, boolean terminal) {
        return terminal && System.console() != null ? new Bar(task) : new Lines(err, task);
    }

    @Override
    public abstract void close();

    /** A me.tongfei progress bar on the process's stderr. */
    private static final class Bar extends ConsoleProgress {

        private final ProgressBar bar;

        Bar(String task) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(-1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        }

        @Override
        public synchronized void progress(long done, long total) {
            if (total > 0) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
        }

        @Override
        public synchronized void status(String message) {
            bar.setExtraMessage(message);
        }

        @Override
        public synchronized void close() {
            bar.close();
        }
    }

    /** Plain lines: at most one per tenth of the work or per two seconds, plus each new status. */
    private static final class Lines extends ConsoleProgress {

        private static final long INTERVAL_NANOS = 2_000_000_000L;

        private final PrintWriter err;
        private final String task;
        private long lastTenth = -1;
        private long lastPrinted;
        private String lastStatus;

        Lines(PrintWriter err, String task) {
            this.err = err;
            this.task = task;
        }

        @Override
        public synchronized void progress(long done, long total) {
            long now = System.nanoTime();
            long tenth = total > 0 ? done * 10 / total : -1;
            if (tenth != lastTenth || now - lastPrinted > INTERVAL_NANOS) {
                err.println(total > 0 ? task + ": " + done + "/" + total : task + ": " + done);
                err.flush();
                lastTenth = tenth;
                lastPrinted = now;
            }
        }

        @Override
        public synchronized void status(String message) {
            if (!Objects.equals(message, lastStatus)) {
                err.println(task + ": " + message);
                err.flush();
                lastStatus = message;
            }
        }

        @Override
        public void close() {
            err.flush();
        }
    }
}
