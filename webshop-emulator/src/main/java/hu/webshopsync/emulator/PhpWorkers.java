package hu.webshopsync.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.function.Function;
import java.util.concurrent.atomic.LongAdder;

/**
 * The shop's PHP side under a {@link ServerModel}: a request waits for a worker (or is refused when
 * too many wait), does its work at once, charging the meter as it goes, then holds the worker for
 * the server time it cost, on the shop's clock. Files under {@code /wp-content/} are served by the web
 * server itself and pass by.
 */
final class PhpWorkers {

    /** What WordPress's fatal-error handler says (WP_Fatal_Error_Handler through wp_die). */
    private static final String CRITICAL = "<p>There has been a critical error on this website.</p><p><a href=\""
            + "https://wordpress.org/documentation/article/faq-troubleshooting/\">Learn more about troubleshooting"
            + " WordPress.</a></p>";
    private static final String BUSY_PAGE = "<html><head><title>503 Service Unavailable</title></head><body>"
            + "<h1>Service Unavailable</h1><p>The server is temporarily unable to service your request due to"
            + " maintenance downtime or capacity problems. Please try again later.</p></body></html>";

    private final ShopClock clock;
    private volatile ServerModel model;
    private final WorkerGate gate;
    private final LongAdder refused = new LongAdder();
    private final LongAdder timedOut = new LongAdder();

    PhpWorkers(ServerModel model, ShopClock clock) {
        this.model = model;
        this.clock = clock;
        this.gate = new WorkerGate(() -> this.model, clock);
    }

    void setModel(ServerModel newModel) {
        model = newModel;
        gate.changed();
    }

    ServerModel model() {
        return model;
    }

    ServerLoad load() {
        return new ServerLoad(gate.busy(), gate.waiting(), refused.sum(), timedOut.sum());
    }

    /** Runs {@code work} as PHP would: queued, metered, and answered after its server time. */
    Response serve(Request request, Function<WorkMeter, Response> work) {
        ServerModel current = model;
        if (!current.on() || request.path().startsWith("/wp-content/")) {
            return work.apply(WorkMeter.FREE);
        }
        Instant start;
        try {
            start = gate.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return busy();
        }
        if (start == null) {
            refused.increment();
            return busy();
        }
        try {
            WorkMeter meter = new WorkMeter(current);
            Response response;
            try {
                response = work.apply(meter);
                chargeWhole(request, response, meter);
            } catch (WorkMeter.TimeLimitExceeded e) {
                timedOut.increment();
                response = fatal(request);
            }
            try {
                clock.sleepUntil(start.plusMillis(meter.ms()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return response;
        } finally {
            gate.leave();
        }
    }

    /** What batches do not charge item by item: one write, one upload, or the rows of a read. */
    private static void chargeWhole(Request request, Response response, WorkMeter meter) {
        if (response.status() >= 400 || request.path().endsWith("/batch")) {
            return;
        }
        if (request.method().equals("GET")) {
            meter.read(rows(request, response));
        } else if (request.method().equals("POST") && request.path().startsWith("/wp-json/wp/v2/media")) {
            meter.upload();
        } else {
            meter.write();
        }
    }

    /** Rows of a list answer, from its paging header and the query; 1 for a single object. */
    static long rows(Request request, Response response) {
        String total = response.headers().get("X-WP-Total");
        if (total == null) {
            return 1;
        }
        QueryParams q = request.query();
        long perPage = number(q.get("per_page"), 10);
        long start = q.has("offset") ? number(q.get("offset"), 0) : (number(q.get("page"), 1) - 1) * perPage;
        return Math.max(0, Math.min(perPage, number(total, 0) - start));
    }

    private static long number(String value, long fallback) {
        try {
            return value == null ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * A PHP fatal error after {@code max_execution_time}: WordPress's shutdown handler answers 500,
     * as JSON when the request asked for JSON ({@code wp_is_json_request}), else as its HTML error page.
     */
    static Response fatal(Request request) {
        if (isJsonRequest(request)) {
            var body = Json.MAPPER.createObjectNode();
            body.put("code", "internal_server_error");
            body.put("message", CRITICAL);
            body.putObject("data").put("status", 500);
            body.putArray("additional_errors");
            return Response.json(500, body);
        }
        String page = "<!DOCTYPE html>\n<html lang=\"en-US\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\""
                + "text/html; charset=utf-8\" />\n<title>WordPress &rsaquo; Error</title>\n</head>\n<body id=\"error-page\">\n"
                + "\t<div class=\"wp-die-message\">" + CRITICAL + "</div></body>\n</html>\n";
        return new Response(500, new LinkedHashMap<>(), page.getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8");
    }

    private static boolean isJsonRequest(Request request) {
        String accept = request.header("Accept");
        String type = request.header("Content-Type");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json")
                || type != null && type.toLowerCase(Locale.ROOT).contains("application/json");
    }

    /** Shared hosting's answer when too many requests wait: its own page, not WordPress's. */
    private static Response busy() {
        return new Response(503, new LinkedHashMap<>(), BUSY_PAGE.getBytes(StandardCharsets.US_ASCII),
                "text/html; charset=iso-8859-1").header("Retry-After", "1");
    }
}
