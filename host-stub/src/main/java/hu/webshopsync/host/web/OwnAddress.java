package hu.webshopsync.host.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names the console answers to, against DNS rebinding: a page on {@code evil.example} whose name
 * is made to resolve to 127.0.0.1 reaches the console with {@code Host: evil.example}, so only the
 * bound address, {@code localhost} and the names the user allowed are accepted. A POST must also come
 * from a page of that same address ({@code Origin}, or {@code Referer} when a browser sends no Origin).
 */
final class OwnAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*(%[0-9a-z_.-]+)?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]*[a-z0-9])?\\.?");

    private final String bind;
    private final boolean wildcard;
    private final Set<String> names;

    /**
     * @param bind    the bound address as given
     * @param allowed further names the console may be reached by
     */
    OwnAddress(String bind, Set<String> allowed) {
        this.bind = normalise(bind).orElse(bind.toLowerCase(Locale.ROOT));
        this.wildcard = literal(this.bind).map(InetAddress::isAnyLocalAddress).orElse(false);
        this.names = allowed.stream().map(n -> normalise(n).orElseThrow(() -> new IllegalArgumentException(
                "not a host name or address: " + n))).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a request's {@code Host} header names this console.
     *
     * @param hostHeader the header, or {@code null}
     * @return true for the bound address, {@code localhost}, an allowed name, and, when bound to every
     *     interface, an address of one of this machine's interfaces
     */
    boolean accepts(String hostHeader) {
        return authority(hostHeader).map(a -> known(a.host())).orElse(false);
    }

    /**
     * Whether a POST came from one of this console's pages.
     *
     * @param hostHeader the request's {@code Host}, already {@linkplain #accepts accepted}
     * @param origin     the {@code Origin} header, or {@code null}
     * @param referer    the {@code Referer} header, or {@code null}
     * @return true when the page's scheme, host and port are the request's; also when a client sent
     *     neither header, which browsers always send on a form POST (the CSRF token still applies)
     */
    boolean sameOrigin(String hostHeader, String origin, String referer) {
        String page = origin != null ? origin : referer;
        if (page == null) {
            return true;
        }
        try {
            URI uri = new URI(page.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
                return false;
            }
            int defaultPort = scheme.equals("https") ? 443 : 80;
            Optional<Authority> from = authority(uri.getRawAuthority());
            Optional<Authority> to = authority(hostHeader);
            return from.isPresent() && to.isPresent()
                    && from.get().host().equals(to.get().host())
                    && from.get().port(defaultPort) == to.get().port(defaultPort);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean known(String host) {
        if (host.equals("localhost") || host.equals(bind) || names.contains(host)) {
            return true;
        }
        return wildcard && literal(host).map(OwnAddress::onThisMachine).orElse(false);
    }

    private static boolean onThisMachine(InetAddress address) {
        try {
            return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** A host and an optional port, the host lower-cased, an IP address in its canonical form. */
    private record Authority(String host, int port) {

        int port(int defaultPort) {
            return port < 0 ? defaultPort : port;
        }
    }

    private static Optional<Authority> authority(String value) {
        if (value == null || value.isBlank() || value.contains("@")) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        String host;
        String port = null;
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            host = v.substring(1, end);
            String rest = v.substring(end + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    return Optional.empty();
                }
                port = rest.substring(1);
            }
        } else {
            int colon = v.indexOf(':');
            host = colon < 0 ? v : v.substring(0, colon);
            port = colon < 0 ? null : v.substring(colon + 1);
        }
        if (port != null && !port.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int number = port == null ? -1 : Integer.parseInt(port);
        return normalise(host).map(h -> new Authority(h, number));
    }

    /**
     * A host name or IP address in the form compared with the {@code Host} header.
     *
     * @param host a name, an IPv4 address or an IPv6 address (brackets optional)
     * @return the lower-cased name or canonical address; empty when it is neither
     */
    static Optional<String> normalise(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        Optional<InetAddress> address = literal(h);
        if (address.isPresent()) {
            return Optional.of(address.get().getHostAddress());
        }
        if (!NAME.matcher(h).matches()) {
            return Optional.empty();
        }
        return Optional.of(h.endsWith(".") ? h.substring(0, h.length() - 1) : h);
    }

    /** An IP address written as such; a name is never looked up. */
    private static Optional<InetAddress> literal(String host) {
        boolean v4 = IPV4.matcher(host).matches()
                && Pattern.compile("\\.").splitAsStream(host).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!v4 && !IPV6.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
