package hu.webshopsync.host.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Who this process is ({@code pid@host}) and whether another process on this machine still lives,
 * so that a lock or a run left behind by a killed process can be recognised as such.
 *
 * @param pid      this process's id
 * @param host     this machine's name
 * @param liveness tells whether a process id on this machine is alive
 */
public record ProcessIdentity(long pid, String host, LongPredicate liveness) {

    /**
     * This process, with liveness from {@link ProcessHandle}.
     *
     * @return the identity
     */
    public static ProcessIdentity current() {
        return new ProcessIdentity(ProcessHandle.current().pid(), localHost(),
                pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /**
     * This process as a holder text.
     *
     * @return {@code pid@host}
     */
    public String label() {
        return pid + "@" + host;
    }

    /**
     * Whether the process named by a {@code pid@host…} text is known to be gone: it ran on this
     * machine and no process with its id lives now. A process on another machine is never judged dead.
     *
     * @param holder the holder text, {@code pid@host} optionally followed by {@code #token}
     * @return true when the process is certainly gone
     */
    public boolean isGone(String holder) {
        return parse(holder).map(p -> p.host().equals(host) && !liveness.test(p.pid())).orElse(false);
    }

    private static Optional<ProcessIdentity> parse(String holder) {
        int at = holder.indexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        int hash = holder.indexOf('#', at);
        try {
            long pid = Long.parseLong(holder.substring(0, at));
            String host = hash < 0 ? holder.substring(at + 1) : holder.substring(at + 1, hash);
            return Optional.of(new ProcessIdentity(pid, host, p -> true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isBlank() ? "localhost" : env;
        }
    }
}
