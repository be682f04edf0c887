package hu.webshopsync.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The one HTTP handler: reads the request, counts it, applies latency and faults, hands it to PHP's
 * workers (where the platform's {@link ShopApi} authenticates, routes and takes its server time) and sends the answer. Control requests ({@code /__emulator/}) skip counting and faults.
 */
final class EmulatorServer implements HttpHandler {

    private final ShopApi api;
    private final FaultInjector faults;
    private final Counters counters;
    private final ControlHandler control;
    private final RequestLog log;
    private final PhpWorkers php;

    EmulatorServer(ShopApi api, FaultInjector faults, Counters counters, ControlHandler control, RequestLog log,
                   PhpWorkers php) {
        this.api = api;
        this.php = php;
        this.faults = faults;
        this.counters = counters;
        this.control = control;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        Request request;
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            request = new Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri.getRawPath(), uri.getPath(),
                    uri.getRawQuery(), QueryParams.parse(uri.getRawQuery()), exchange.getRequestHeaders(), body,
                    exchange.getRemoteAddress().getAddress());
        } catch (IOException | RuntimeException e) {
            exchange.close();
            return;
        }
        if (request.path().startsWith("/__emulator/") || request.path().equals("/__emulator")) {
            send(exchange, control.handle(request), false);
            return;
        }
        counters.request(api.route(request.method(), request.path()), request.body().length);
        sleep(faults.latencyMs());
        FaultInjector.Decision decision = faults.decide(request.method(), request.path());
        sleep(decision.delayMs());
        FaultRule fault = decision.fault();
        FaultKind kind = fault == null ? null : fault.kind();
        Response response;
        if (kind == FaultKind.RESET) {
            abort(exchange, request, start, kind);
            return;
        } else if (kind == FaultKind.STATUS) {
            response = injectedStatus(fault);
        } else {
            response = php.serve(request, work -> api.dispatch(request, work));
        }
        if (kind == FaultKind.COMMIT_THEN_RESET) {
            abort(exchange, request, start, kind);
            return;
        }
        if (kind == FaultKind.MALFORMED_JSON) {
            byte[] body = response.body();
            response = new Response(200, response.headers(), Arrays.copyOf(body, Math.max(1, body.length / 2)),
                    Response.JSON);
        }
        int sent = send(exchange, response, true);
        if (log != null) {
            log.log(request, response.status(), (System.nanoTime() - start) / 1_000_000, sent,
                    kind == null || kind == FaultKind.DELAY ? null : kind.jsonName());
        }
    }

    private static Response injectedStatus(FaultRule fault) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("code", "emulator_injected_fault");
        body.put("message", "Injected fault: HTTP " + fault.status() + ".");
        body.putObject("data").put("status", fault.status());
        Response response = Response.json(fault.status(), body);
        if (fault.retryAfterSeconds() > 0) {
            response.header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
        }
        return response;
    }

    /**
     * Closes the connection without a single response byte. (With com.sun.net.httpserver, closing an
     * exchange before its headers were sent closes the socket.) The client sees an I/O error.
     */
    private void abort(HttpExchange exchange, Request request, long start, FaultKind kind) {
        exchange.close();
        if (log != null) {
            log.log(request, -1, (System.nanoTime() - start) / 1_000_000, 0, kind.jsonName());
        }
    }

    private int send(HttpExchange exchange, Response response, boolean count) throws IOException {
        try {
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", response.contentType());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Access-Control-Expose-Headers", "X-WP-Total, X-WP-TotalPages, Link");
            for (Map.Entry<String, String> h : response.headers().entrySet()) {
                headers.set(h.getKey(), h.getValue());
            }
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            if (count) {
                counters.sent(body.length);
            }
            return body.length;
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
