package hu.webshopsync.host.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database another process reaches through the first one's server: that server answers on the
 * loopback address only, and the lock file that names its port and key is the owner's only.
 */
class AutoServerTest {

    @TempDir
    Path dir;

    @Test
    void theServerForOtherProcessesListensOnLoopbackOnly() throws IOException {
        try (Database database = Database.open(dir.resolve("data"))) {
            Properties lock = lockFile(database);
            String server = lock.getProperty("server");
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));

            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
            }
            Optional<InetAddress> lan = siteAddress();
            assumeTrue(lan.isPresent(), "this machine has no non-loopback address to try");
            assertThatThrownBy(() -> {
                try (Socket outside = new Socket()) {
                    outside.connect(new InetSocketAddress(lan.get(), port), 2_000);
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void theLockFileNamingTheServersKeyIsTheOwnersOnly() throws IOException {
        try (Database database = Database.open(dir.resolve("data"))) {
            Path lock = database.dataDir().resolve("erp.lock.db");
            assumeTrue(Files.getFileAttributeView(lock, java.nio.file.attribute.PosixFileAttributeView.class) != null);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database.dataDir())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aLockFileWhoseServerIsGoneIsRemovedAtOnce() throws IOException {
        Path lock = dir.resolve("erp.lock.db");
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Files.writeString(lock, "method=file\nserver=localhost\\:" + closedPort + "\nid=abc\n");

        StaleLockFile.removeIfOwnerGone(lock);

        assertThat(lock).doesNotExist();
    }

    private static Properties lockFile(Database database) throws IOException {
        Properties lock = new Properties();
        try (InputStream in = Files.newInputStream(database.dataDir().resolve("erp.lock.db"))) {
            lock.load(in);
        }
        return lock;
    }

    private static Optional<InetAddress> siteAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
