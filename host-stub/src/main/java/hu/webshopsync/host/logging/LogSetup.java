package hu.webshopsync.host.logging;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where the log goes while one command runs. SLF4J is bound to java.util.logging (slf4j-jdk14), so
 * the host's, the libraries' and the plugins' loggers all end at the root logger; this puts the log
 * file of the data folder there, and with {@code --verbose} the user's standard error too, both
 * through the redacting {@link LogFormat}. Nothing else: the user reads only the command's own,
 * translated messages. Closing puts the previous handlers back, so a command run inside another
 * (the demo's steps) leaves the outer one's log as it was.
 */
public final class LogSetup implements AutoCloseable {

    private static final String OWN_LOGGERS = "hu.webshopsync";

    private final Logger root = Logger.getLogger("");
    // held here: java.util.logging keeps loggers weakly, and a collected logger forgets its level
    private final Logger own = Logger.getLogger(OWN_LOGGERS);
    private final List<Handler> previous;
    private final Level previousRootLevel;
    private final Level previousOwnLevel;
    private final List<Handler> installed = new ArrayList<>();

    private LogSetup(Optional<Path> dataDir, boolean verbose, PrintWriter err, UnaryOperator<String> redactor) {
        previous = List.of(root.getHandlers());
        previousRootLevel = root.getLevel();
        previousOwnLevel = own.getLevel();
        previous.forEach(root::removeHandler);
        LogFormat format = new LogFormat(redactor);
        dataDir.ifPresent(dir -> installed.add(new LogFiles(dir.toAbsolutePath().normalize().resolve(LogFiles.FOLDER))));
        if (verbose) {
            installed.add(new WriterHandler(err));
        }
        for (Handler handler : installed) {
            handler.setFormatter(format);
            handler.setLevel(Level.ALL);
            root.addHandler(handler);
        }
        root.setLevel(Level.INFO);
        own.setLevel(verbose ? Level.FINE : Level.INFO);
    }

    /**
     * Sends the log to the data folder's log file, and with {@code verbose} to {@code err} as well.
     *
     * @param dataDir  the data folder, or empty for a command that keeps no data there
     * @param verbose  whether the log goes to standard error too, with the host's and plugins' DEBUG lines
     * @param err      the user's standard error
     * @param redactor removes secrets from every line
     * @return the setup, to close when the command ends
     */
    public static LogSetup install(Optional<Path> dataDir, boolean verbose, PrintWriter err, UnaryOperator<String> redactor) {
        return new LogSetup(dataDir, verbose, err, redactor);
    }

    @Override
    public void close() {
        for (Handler handler : installed) {
            root.removeHandler(handler);
            handler.close();
        }
        previous.forEach(root::addHandler);
        root.setLevel(previousRootLevel);
        own.setLevel(previousOwnLevel);
    }

    /** The log on a writer the command was given (standard error, or a test's buffer). */
    private static final class WriterHandler extends Handler {
        private final PrintWriter writer;

        WriterHandler(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void publish(LogRecord record) {
            if (isLoggable(record)) {
                String line = getFormatter().format(record);
                synchronized (writer) {
                    writer.print(line);
                    writer.flush();
                }
            }
        }

        @Override
        public void flush() {
            writer.flush();
        }

        @Override
        public void close() {
            writer.flush();
        }
    }
}
