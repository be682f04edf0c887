package hu.webshopsync.emulator;

import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * One line per request for the standalone server. Never prints secrets: no headers at all, and
 * query parameters that carry secrets or signatures are replaced by {@code ***}.
 */
final class RequestLog {

    private final PrintStream out;

    RequestLog(PrintStream out) {
        this.out = out;
    }

    void log(Request request, int status, long millis, long bytesOut, String fault) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(Instant.now()).append(' ').append(request.method()).append(' ').append(request.path());
        String query = redactedQuery(request.query());
        if (!query.isEmpty()) {
            sb.append('?').append(query);
        }
        sb.append(' ').append(status < 0 ? "---" : Integer.toString(status)).append(' ').append(millis).append("ms ")
                .append(request.body().length).append("B>").append(bytesOut).append('B');
        if (fault != null) {
            sb.append(" fault=").append(fault);
        }
        out.println(sb);
    }

    static String redactedQuery(QueryParams query) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : query.entries()) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            String name = e.getKey();
            sb.append(name).append('=').append(isSecret(name) ? "***" : e.getValue());
        }
        return sb.toString();
    }

    static boolean isSecret(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("secret") || n.contains("signature") || n.contains("password") || n.contains("token")
                || n.equals("consumer_key") || n.equals("oauth_consumer_key");
    }
}
