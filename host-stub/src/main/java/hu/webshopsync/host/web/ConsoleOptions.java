package hu.webshopsync.host.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the console listens.
 *
 * @param bind        the address to bind, {@code 127.0.0.1} by default
 * @param port        the port; 0 picks a free one
 * @param allowRemote whether a non-loopback address is allowed: the console has no login, so anyone
 *                    who can reach the port can run a sync
 */
public record ConsoleOptions(String bind, int port, boolean allowRemote) {

    /** The default address: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * Validates the options.
     */
    public ConsoleOptions {
        if (bind == null || bind.isBlank()) {
            bind = LOOPBACK;
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
    }

    /**
     * Loopback on a free port, for tests.
     *
     * @return the options
     */
    public static ConsoleOptions loopbackOnFreePort() {
        return new ConsoleOptions(LOOPBACK, 0, false);
    }

    /**
     * Whether the bind address is a loopback address; an unknown host name counts as not loopback.
     *
     * @return true for 127.0.0.0/8, ::1 and names that resolve to them
     */
    public boolean bindsLoopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
