package hu.webshopsync.host.logging;

import hu.webshopsync.host.secrets.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * The technical log in the data folder's {@code logs/} folder, rotated by size ({@value #FILES} files of
 * at most {@value #LIMIT} bytes). The files are opened by the first record, so a command that logs
 * nothing (e.g. {@code --help}) creates no folder.
 */
final class LogFiles extends Handler {

    static final String FOLDER = "logs";
    static final String PATTERN = "host.%g.log";
    private static final int LIMIT = 2_000_000;
    private static final int FILES = 5;

    private final Path folder;
    private FileHandler files;
    private boolean stopped;

    LogFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record) || stopped) {
            return;
        }
        if (files == null) {
            try {
                files = open();
            } catch (IOException | UncheckedIOException e) {
                // the command goes on without its log rather than failing for it
                stopped = true;
                reportError("Cannot open the log in " + folder, e,
                        ErrorManager.OPEN_FAILURE);
                return;
            }
        }
        files.publish(record);
        files.flush();
    }

    private FileHandler open() throws IOException {
        OwnerOnly.createFolder(folder);
        FileHandler handler = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT, FILES, true);
        handler.setEncoding(StandardCharsets.UTF_8.name());
        handler.setFormatter(getFormatter());
        handler.setLevel(getLevel());
        OwnerOnly.restrictFile(folder.resolve(PATTERN.replace("%g", "0")));
        return handler;
    }

    @Override
    public synchronized void flush() {
        if (files != null) {
            files.flush();
        }
    }

    @Override
    public synchronized void close() {
        stopped = true;
        if (files != null) {
            files.close();
            files = null;
        }
    }
}
