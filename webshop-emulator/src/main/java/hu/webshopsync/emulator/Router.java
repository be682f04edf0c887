package hu.webshopsync.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps {@code METHOD /path} to an endpoint. A {@code {name}} segment captures a numeric id (like
 * WordPress's {@code (?P<id>[\\d]+)}), a {@code <name>} segment any text.
 */
final class Router {

    /** Who may call a route and how the caller proves it. */
    enum Realm {
        /** WooCommerce REST: consumer key (Basic, query or OAuth 1.0a). */
        WOO,
        /** WordPress core REST: user + application password. */
        WP,
        /** No authentication. */
        PUBLIC
    }

    @FunctionalInterface
    interface Endpoint {
        Response handle(Call call);
    }

    record Route(String method, String[] segments, Realm realm, Endpoint endpoint) {
    }

    record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String pattern, Realm realm, Endpoint endpoint) {
        routes.add(new Route(method, split(pattern), realm, endpoint));
        return this;
    }

    /** The matching route, or {@code null} (WordPress answers {@code rest_no_route} then). */
    Match match(String method, String path) {
        String[] parts = split(path);
        for (Route route : routes) {
            if (!route.method.equals(method) || route.segments.length != parts.length) {
                continue;
            }
            Map<String, String> params = matchSegments(route.segments, parts);
            if (params != null) {
                return new Match(route, params);
            }
        }
        return null;
    }

    /** Whether any route has this path (used to decide the realm of a request with an unknown method). */
    Realm realmOf(String path) {
        String[] parts = split(path);
        for (Route route : routes) {
            if (route.segments.length == parts.length && matchSegments(route.segments, parts) != null) {
                return route.realm;
            }
        }
        return null;
    }

    private static Map<String, String> matchSegments(String[] pattern, String[] parts) {
        Map<String, String> params = null;
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{") || p.startsWith("<")) {
                if (p.startsWith("{") && !isDigits(parts[i])) {
                    return null;
                }
                if (params == null) {
                    params = new HashMap<>(4);
                }
                params.put(p.substring(1, p.length() - 1), parts[i]);
            } else if (!p.equals(parts[i])) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }

    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String[] split(String path) {
        String p = path;
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.isEmpty() ? new String[0] : p.split("/");
    }

    /** {@code "PUT /wp-json/wc/v3/products/{id}"}: the counter and fault-rule name of a request. */
    static String normalize(String method, String path) {
        StringBuilder sb = new StringBuilder(method.length() + path.length() + 8).append(method).append(' ');
        String[] parts = split(path);
        if (parts.length == 0) {
            sb.append('/');
        }
        for (String part : parts) {
            sb.append('/').append(isDigits(part) ? "{id}" : part);
        }
        return sb.toString();
    }
}
