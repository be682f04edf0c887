package hu.webshopsync.host.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Where the console listens and which names it answers to.
 *
 * @param bind        the address to bind, {@code 127.0.0.1} by default
 * @param port        the port; 0 picks a free one
 * @param allowRemote whether a non-loopback address is allowed: the console has no login, so anyone
 *                    who can reach the port can run a sync
 * @param hostNames   further names (or addresses) the browser may use to reach the console, e.g. behind
 *                    a reverse proxy; besides these only the bound address and {@code localhost} are
 *                    answered, against DNS rebinding
 */
public record ConsoleOptions(String bind, int port, boolean allowRemote, Set<String> hostNames) {

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
        hostNames = hostNames == null ? Set.of() : Set.copyOf(hostNames);
        for (String name : hostNames) {
            if (OwnAddress.normalise(name).isEmpty()) {
                throw new BadHostName(name);
            }
        }
    }

    /** A name given for the console that is neither a host name nor an IP address. */
    public static final class BadHostName extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final String name;

        BadHostName(String name) {
            super("not a host name or address: " + name);
            this.name = name;
        }

        /**
         * The name as given.
         *
         * @return the name
         */
        public String name() {
            return name;
        }
    }

    /**
     * Options without further names.
     *
     * @param bind        the address to bind
     * @param port        the port
     * @param allowRemote whether a non-loopback address is allowed
     */
    public ConsoleOptions(String bind, int port, boolean allowRemote) {
        this(bind, port, allowRemote, Set.of());
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
