package hu.webshopsync.emulator.shoprenter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import hu.webshopsync.emulator.Request;
import hu.webshopsync.emulator.Response;
import hu.webshopsync.emulator.ServerControls;
import hu.webshopsync.emulator.ShopApi;
import hu.webshopsync.emulator.WorkMeter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * The Shoprenter API's front door, in the order a request meets it: the OAuth token endpoint (no
 * credentials needed), {@code Accept: application/json} (the shop answers XML otherwise; the emulator
 * speaks only JSON and answers 406 saying so), credentials (401), the rate limit (429),
 * {@code Content-Type: application/json} on POST and PUT (mandatory, api/01; 415 otherwise), then the
 * resource, {@code /files} or {@code /batch}, under the store's lock.
 */
final class SrApi implements ShopApi {

    private final SrStore store;
    private final SrAuth auth;
    private final SrRateLimit rateLimit;
    private final SrRoutes routes;
    private final SrBatch batch;
    private final SrUris uris = new SrUris();

    SrApi(SrStore store, SrAuth auth, SrRateLimit rateLimit, SrRoutes routes, ServerControls server) {
        this.store = store;
        this.auth = auth;
        this.rateLimit = rateLimit;
        this.routes = routes;
        this.batch = new SrBatch(routes, uris, server);
    }

    @Override
    public String route(String method, String path) {
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        int start = parts.length > 0 && parts[0].equals("api") ? 1 : 0;
        if (parts.length - start == 4 && parts[start].equals("oauth")) {
            return method + " /oauth/{shop}/app/token";
        }
        StringBuilder sb = new StringBuilder(method).append(' ');
        for (int i = start; i < parts.length; i++) {
            sb.append('/').append(i == start ? parts[i] : "{id}");
        }
        return sb.length() == method.length() + 1 ? sb.append('/').toString() : sb.toString();
    }

    @Override
    public Response dispatch(Request request, WorkMeter work) {
        SrAnswer answer;
        try {
            answer = answer(request);
        } catch (SrError e) {
            answer = SrAnswer.of(e);
        } catch (RuntimeException e) {
            // an emulator bug must still reach the client as an answer, not as a cut connection
            answer = new SrAnswer(500, error(500, "Internal error of the emulator: " + e));
        }
        if (answer.body() == null) {
            return new Response(answer.status(), new LinkedHashMap<>(), new byte[0], Response.JSON);
        }
        return Response.json(answer.status(), answer.body());
    }

    private SrAnswer answer(Request request) {
        String method = request.method();
        if (method.equals("POST") && route(method, request.path()).endsWith("/oauth/{shop}/app/token")) {
            return auth.token(body(request));
        }
        String accept = request.header("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("application/json")) {
            return new SrAnswer(406, error(406, "The emulator answers JSON only: send Accept: application/json "
                    + "(the shop would answer XML)."));
        }
        String credential = auth.authenticate(request);
        if (credential == null) {
            throw SrError.noPermission();
        }
        if (!rateLimit.tryAcquire(credential)) {
            return new SrAnswer(429, error(429, "Too Many Requests"));
        }
        JsonNode body = null;
        if (method.equals("POST") || method.equals("PUT")) {
            String type = request.header("Content-Type");
            if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return new SrAnswer(415, error(415, "Content-Type: application/json is mandatory (the emulator "
                        + "reads JSON bodies only): " + (type == null ? "none sent" : type)));
            }
            body = SrCall.unwrap(body(request));
        }
        SrCall call = uris.call(method, request.rawPath(), request.rawQuery(), body);
        store.lock.lock();
        try {
            return call.resource().equals("batch") ? batch.handle(call) : routes.call(call);
        } finally {
            store.lock.unlock();
        }
    }

    private static JsonNode body(Request request) {
        if (request.body().length == 0) {
            return null;
        }
        try {
            return SrJson.MAPPER.readTree(request.body());
        } catch (IOException e) {
            throw SrError.badData("The body is not valid JSON.");
        }
    }

    private static ObjectNode error(int code, String message) {
        return new SrError(code, code, message).toJson();
    }
}
