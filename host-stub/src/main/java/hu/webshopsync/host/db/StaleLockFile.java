package hu.webshopsync.host.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock file of a process that is gone. H2's auto-server mode keeps its lock in a file a watchdog
 * touches every second; a process killed with {@code kill -9} leaves it behind, and H2 would make the
 * next process wait several seconds for it to grow old. When the server the file names refuses
 * connections its owner is gone, and the file is removed at once. (Should the owner still live, the
 * database file's own operating-system lock refuses the open, so nothing is risked.)
 */
final class StaleLockFile {

    private static final Logger LOG = LoggerFactory.getLogger(StaleLockFile.class);
    private static final int CONNECT_TIMEOUT_MS = 500;
    private static final java.util.Set<String> LOOPBACK_NAMES = java.util.Set.of("localhost", Database.BIND_ADDRESS);

    private StaleLockFile() {
    }

    /**
     * Removes the lock file when the server it names is gone.
     *
     * @param lockFile the database's {@code .lock.db}
     */
    static void removeIfOwnerGone(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(lockFile)) {
            lock.load(in);
        } catch (IOException e) {
            return;
        }
        String server = lock.getProperty("server");
        int colon = server == null ? -1 : server.lastIndexOf(':');
        // H2 writes "localhost" for a server bound to the loopback address
        if (colon < 0 || !LOOPBACK_NAMES.contains(server.substring(0, colon))) {
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Database.BIND_ADDRESS, Integer.parseInt(server.substring(colon + 1))),
                    CONNECT_TIMEOUT_MS);
        } catch (NumberFormatException e) {
            return;
        } catch (IOException refused) {
            try {
                Files.deleteIfExists(lockFile);
                LOG.info("Removed the lock file of a host-stub process that is gone ({})", lockFile);
            } catch (IOException e) {
                LOG.debug("Could not remove the stale lock file {}: {}", lockFile, e.toString());
            }
        }
    }
}
